import { ConsultationForm } from "@/components/consultation/consultation-form";
import { JsonLd } from "@/components/seo/json-ld";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Container } from "@/components/ui/container";
import type { ConsultationPageData } from "@/lib/consultation/page";
import { pageGraph } from "@/lib/json-ld";

export interface ConsultationViewProps {
  data: ConsultationPageData;
}

/** The consultation page, whichever treatment (if any) arrives preselected. */
export function ConsultationView({ data }: ConsultationViewProps) {
  const { clinic, consent, page, form } = data;
  return (
    <Container className="py-10">
      <JsonLd graph={pageGraph(clinic, page)} />
      <div className="mx-auto max-w-2xl space-y-6">
        <Breadcrumbs items={page.crumbs} />
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{page.title}</h1>
        <p className="text-lg text-slate-700">
          Tell us how to reach you and we will contact you to arrange a consultation. We only ask for what we need to
          get in touch. You can also call us on {clinic.phone}.
        </p>
        <ConsultationForm {...form} consentText={consent.text} privacyUrl={consent.page.url} />
      </div>
    </Container>
  );
}
