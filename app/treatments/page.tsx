import { TreatmentCard } from "@/components/treatment/treatment-card";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Container } from "@/components/ui/container";
import { getClinic, listTreatments } from "@/lib/content";
import { buildMetadata } from "@/lib/seo";

const title = "Treatments";

export function generateMetadata() {
  return buildMetadata({
    title,
    description: `Treatments offered at ${getClinic().name}: how each one goes, who it may suit, its risks and the evidence behind it.`,
    path: "/treatments",
  });
}

export default function TreatmentsPage() {
  return (
    <Container className="space-y-8 py-10">
      <Breadcrumbs items={[{ name: "Home", href: "/" }, { name: title, href: "/treatments" }]} />
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{title}</h1>
      <ul aria-label="All treatments" className="grid gap-4 sm:grid-cols-2">
        {listTreatments().map((treatment) => (
          <TreatmentCard key={treatment.slug} treatment={treatment} />
        ))}
      </ul>
    </Container>
  );
}
