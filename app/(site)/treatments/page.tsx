import { TreatmentCard } from "@/components/treatment/treatment-card";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { JsonLd } from "@/components/seo/json-ld";
import { Container } from "@/components/ui/container";
import { getClinic, listTreatments } from "@/lib/content";
import { pageGraph } from "@/lib/json-ld";
import { buildMetadata } from "@/lib/seo";

const title = "Treatments";
const path = "/treatments";
const crumbs = [
  { name: "Home", href: "/" },
  { name: title, href: path },
];
const description = () =>
  `Treatments offered at ${getClinic().name}: how each one goes, who it may suit, its risks and the evidence behind it.`;

export function generateMetadata() {
  return buildMetadata({ title, description: description(), path });
}

export default function TreatmentsPage() {
  return (
    <Container className="space-y-8 py-10">
      <JsonLd graph={pageGraph(getClinic(), { path, title, description: description(), crumbs })} />
      <Breadcrumbs items={crumbs} />
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{title}</h1>
      <ul aria-label="All treatments" className="grid gap-4 sm:grid-cols-2">
        {listTreatments().map((treatment) => (
          <TreatmentCard key={treatment.slug} treatment={treatment} headingLevel="h2" />
        ))}
      </ul>
    </Container>
  );
}
