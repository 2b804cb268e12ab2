import Link from "next/link";
import { ContactDetails } from "@/components/clinic/contact-details";
import { OpeningHours } from "@/components/clinic/opening-hours";
import { Container } from "@/components/ui/container";
import type { Clinic, LegalPage } from "@/lib/content";

export interface SiteFooterProps {
  clinic: Clinic;
  legalPages: Pick<LegalPage, "url" | "title">[];
}

export function SiteFooter({ clinic, legalPages }: SiteFooterProps) {
  return (
    <footer className="mt-16 border-t border-slate-200 bg-slate-50 text-sm text-slate-700">
      <Container className="grid gap-8 py-10 sm:grid-cols-3">
        <div>
          <h2 id="footer-contact" className="mb-2 font-semibold text-slate-900">
            {clinic.name}
          </h2>
          <ContactDetails clinic={clinic} />
        </div>
        <div>
          <h2 id="footer-hours" className="mb-2 font-semibold text-slate-900">
            Opening hours
          </h2>
          <OpeningHours hours={clinic.openingHours} />
        </div>
        <nav aria-labelledby="footer-legal">
          <h2 id="footer-legal" className="mb-2 font-semibold text-slate-900">
            Policies
          </h2>
          <ul className="space-y-1">
            {legalPages.map((page) => (
              <li key={page.url}>
                <Link href={page.url} className="inline-block py-1 underline underline-offset-2 hover:text-brand-800">
                  {page.title}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </Container>
    </footer>
  );
}
