import type { ReactNode } from "react";
import { SiteChrome } from "@/components/layout/site-chrome";

// Admin only (KEYSTATIC_ENABLED=1): a draft is previewed inside the site's own header and footer.
export default function PreviewLayout({ children }: { children: ReactNode }) {
  return <SiteChrome>{children}</SiteChrome>;
}
