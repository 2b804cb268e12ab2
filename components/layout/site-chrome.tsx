import type { ReactNode } from "react";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { SkipLink } from "@/components/layout/skip-link";
import { getClinic, listLegalPages } from "@/lib/content";

export interface SiteChromeProps {
  children: ReactNode;
  /** The header's "Request a consultation" button; off on the form itself. */
  requestButton?: boolean;
}

/** Skip link, header, main landmark and footer around a public page. */
export function SiteChrome({ children, requestButton = true }: SiteChromeProps) {
  const clinic = getClinic();
  return (
    <>
      <SkipLink />
      <SiteHeader clinicName={clinic.name} requestButton={requestButton} />
      <main id="main" tabIndex={-1} className="flex-1 outline-none">
        {children}
      </main>
      <SiteFooter clinic={clinic} legalPages={listLegalPages()} />
    </>
  );
}
