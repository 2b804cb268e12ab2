import { ContactDetails } from "@/components/clinic/contact-details";
import { OpeningHours } from "@/components/clinic/opening-hours";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { JsonLd } from "@/components/seo/json-ld";
import { Container } from "@/components/ui/container";
import { getClinic } from "@/lib/content";
import { pageGraph } from "@/lib/json-ld";
import { buildMetadata } from "@/lib/seo";

const title = "Visit and contact";
const path = "/clinic";
const crumbs = [
  { name: "Home", href: "/" },
  { name: title, href: path },
];
const description = () => {
  const clinic = getClinic();
  return `Address, opening hours, phone and email for ${clinic.name} in ${clinic.address.locality}.`;
};

export function generateMetadata() {
  return buildMetadata({ title, description: description(), path });
}

export default function ClinicPage() {
  const clinic = getClinic();
  return (
    <Container className="space-y-8 py-10">
      <JsonLd graph={pageGraph(clinic, { path, title, description: description(), crumbs })} />
      <Breadcrumbs items={crumbs} />
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{title}</h1>
      <p className="max-w-prose text-lg text-slate-700">{clinic.description}</p>
      <div className="grid gap-8 sm:grid-cols-2">
        <section aria-labelledby="address" className="space-y-3">
          <h2 id="address" className="text-xl font-semibold">
            Address and contact
          </h2>
          <ContactDetails clinic={clinic} />
          {/* A link, not an embedded map: no third-party request from our pages. */}
          <p>
            <a href={clinic.mapUrl} className="text-brand-700 underline underline-offset-2" rel="noopener">
              Open the map in OpenStreetMap
            </a>
          </p>
        </section>
        <section aria-labelledby="hours" className="space-y-3">
          <h2 id="hours" className="text-xl font-semibold">
            Opening hours
          </h2>
          <OpeningHours hours={clinic.openingHours} />
        </section>
      </div>
    </Container>
  );
}
