import { ConsultationForm } from "@/components/consultation/consultation-form";
import { JsonLd } from "@/components/seo/json-ld";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Container } from "@/components/ui/container";
import type { ConsultationPageData } from "@/lib/consultation/page";
import { pageGraph } from "@/lib/json-ld";

export interface ConsultationViewProps {
  data: ConsultationPageData;
  /** The database is known to be down: say so before anyone types anything (proxy.ts). */
  paused?: boolean;
}

/** The consultation page, whichever treatment (if any) arrives preselected. */
export function ConsultationView({ data, paused = false }: ConsultationViewProps) {
  const { clinic, consent, page, form } = data;
  return (
    <Container className="py-10">
      <JsonLd graph={pageGraph(clinic, page)} />
      <div className="mx-auto max-w-2xl space-y-6">
        <Breadcrumbs items={page.crumbs} />
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{page.title}</h1>
        <p className="text-lg text-slate-700">
          Tell us how to reach you and we will contact you to arrange a consultation. We only ask for what we need to get in touch. You can
          also call us on {clinic.phone}.
        </p>
        {paused && (
          <div role="status" className="rounded-md border-2 border-amber-800 bg-amber-50 p-4">
            <h2 className="text-lg font-semibold text-amber-950">Online requests are paused</h2>
            <p className="mt-1 text-amber-950">
              Our booking system is not answering just now, so a request sent from this page may not reach us. Please call us on{" "}
              {clinic.phone}, or try again in a few minutes.
            </p>
          </div>
        )}
        <ConsultationForm {...form} consentText={consent.text} privacyUrl={consent.page.url} />
      </div>
    </Container>
  );
}
