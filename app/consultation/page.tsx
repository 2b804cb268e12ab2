import { ConsultationForm } from "@/components/consultation/consultation-form";
import { JsonLd } from "@/components/seo/json-ld";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Container } from "@/components/ui/container";
import { MAX_MESSAGE_LENGTH, TIME_WINDOW_LABELS, TIME_WINDOWS } from "@/lib/consultation/schema";
import { newFormTicket } from "@/lib/consultation/ticket";
import { getClinic, getConsent, listTreatments } from "@/lib/content";
import { pageGraph } from "@/lib/json-ld";
import { buildMetadata } from "@/lib/seo";

const title = "Request a consultation";
const path = "/consultation";
const crumbs = [
  { name: "Home", href: "/" },
  { name: title, href: path },
];
const description = "Ask for a consultation: tell us how to reach you and which treatment you would like to talk about. No medical details needed.";

export function generateMetadata() {
  return buildMetadata({ title, description, path });
}

interface ConsultationPageProps {
  searchParams: Promise<{ treatment?: string | string[] }>;
}

// Each render carries a fresh idempotency key, so this page renders per request.
export default async function ConsultationPage({ searchParams }: ConsultationPageProps) {
  const requested = (await searchParams).treatment;
  const treatments = listTreatments().map(({ slug, title }) => ({ slug, title }));
  const selected = treatments.find((t) => t.slug === requested)?.slug;
  const clinic = getClinic();
  const consent = getConsent();
  const ticket = newFormTicket();

  return (
    <Container className="py-10">
      <JsonLd graph={pageGraph(clinic, { path, title, description, crumbs })} />
      <div className="mx-auto max-w-2xl space-y-6">
        <Breadcrumbs items={crumbs} />
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{title}</h1>
        <p className="text-lg text-slate-700">
          Tell us how to reach you and we will contact you to arrange a consultation. We only ask for what we need to
          get in touch. You can also call us on {clinic.phone}.
        </p>
        <ConsultationForm
          treatments={treatments}
          timeWindows={TIME_WINDOWS.map((value) => ({ value, label: TIME_WINDOW_LABELS[value] }))}
          selectedTreatment={selected}
          consentText={consent.text}
          privacyUrl={consent.page.url}
          idempotencyKey={ticket.idempotencyKey}
          renderedAt={ticket.renderedAt}
          maxMessageLength={MAX_MESSAGE_LENGTH}
        />
      </div>
    </Container>
  );
}
