import type { ReactNode } from "react";
import { SiteChrome } from "@/components/layout/site-chrome";

// The form's own pages: the header does not offer a button to the page the visitor is on.
export default function BookingLayout({ children }: { children: ReactNode }) {
  return <SiteChrome requestButton={false}>{children}</SiteChrome>;
}
