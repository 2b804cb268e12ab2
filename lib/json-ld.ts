/**
 * Structured data for crawlers, built from the same documents the page shows.
 * One @graph per page with @id links between nodes (clinic, site, page,
 * breadcrumb, procedure, reviewer, FAQ), typed with schema-dts. Never an
 * aggregateRating or review of the clinic itself.
 */
import type {
  BreadcrumbList,
  FAQPage,
  Graph,
  MedicalClinic,
  MedicalProcedure,
  MedicalWebPage,
  Person,
  ScholarlyArticle,
  Thing,
  WebPage,
  WebSite,
} from "schema-dts";
import type { Crumb } from "@/components/ui/breadcrumbs";
import type { Clinic, Practitioner, Source, Treatment } from "./content";
import { absoluteUrl } from "./utils";

export const ids = {
  clinic: () => absoluteUrl("/#clinic"),
  website: () => absoluteUrl("/#website"),
  page: (path: string) => `${absoluteUrl(path)}#webpage`,
  breadcrumb: (path: string) => `${absoluteUrl(path)}#breadcrumb`,
  procedure: (path: string) => `${absoluteUrl(path)}#procedure`,
  faq: (path: string) => `${absoluteUrl(path)}#faq`,
  practitioner: (slug: string) => absoluteUrl(`/#practitioner-${slug}`),
};

const DAY_URL = (day: string) => `https://schema.org/${day}` as const;

export function clinicNode(clinic: Clinic): MedicalClinic {
  return {
    "@type": "MedicalClinic",
    "@id": ids.clinic(),
    name: clinic.name,
    description: clinic.description,
    url: absoluteUrl("/"),
    telephone: clinic.phone,
    email: clinic.email,
    address: {
      "@type": "PostalAddress",
      streetAddress: clinic.address.street,
      addressLocality: clinic.address.locality,
      ...(clinic.address.region ? { addressRegion: clinic.address.region } : {}),
      postalCode: clinic.address.postalCode,
      addressCountry: clinic.address.country,
    },
    geo: { "@type": "GeoCoordinates", latitude: clinic.geo.latitude, longitude: clinic.geo.longitude },
    hasMap: clinic.mapUrl,
    openingHoursSpecification: clinic.openingHours.map((row) => ({
      "@type": "OpeningHoursSpecification",
      dayOfWeek: row.days.map(DAY_URL) as never,
      opens: row.opens,
      closes: row.closes,
    })),
  };
}

function websiteNode(clinic: Clinic): WebSite {
  return { "@type": "WebSite", "@id": ids.website(), url: absoluteUrl("/"), name: clinic.name, publisher: { "@id": ids.clinic() } };
}

export function practitionerNode(practitioner: Practitioner): Person {
  return {
    "@type": "Person",
    "@id": ids.practitioner(practitioner.slug),
    name: practitioner.name,
    ...(practitioner.honorificPrefix ? { honorificPrefix: practitioner.honorificPrefix } : {}),
    jobTitle: practitioner.jobTitle,
    hasCredential: { "@type": "EducationalOccupationalCredential", name: practitioner.credentials },
    worksFor: { "@id": ids.clinic() },
  };
}

export function breadcrumbNode(path: string, crumbs: Crumb[]): BreadcrumbList {
  return {
    "@type": "BreadcrumbList",
    "@id": ids.breadcrumb(path),
    itemListElement: crumbs.map((crumb, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name: crumb.name,
      item: absoluteUrl(crumb.href),
    })),
  };
}

const citationNode = (source: Source): ScholarlyArticle => ({
  "@type": "ScholarlyArticle",
  name: source.title,
  publisher: { "@type": "Organization", name: source.publisher },
  datePublished: String(source.year),
  url: source.url ?? `https://doi.org/${source.doi ?? ""}`,
  ...(source.doi ? { identifier: { "@type": "PropertyValue", propertyID: "doi", value: source.doi } } : {}),
});

export function procedureNode(treatment: Treatment): MedicalProcedure {
  return {
    "@type": "MedicalProcedure",
    "@id": ids.procedure(treatment.url),
    name: treatment.title,
    description: treatment.summary,
    procedureType: `https://schema.org/${treatment.procedureType}` as never,
    ...(treatment.howPerformed ? { howPerformed: treatment.howPerformed } : {}),
    ...(treatment.preparation ? { preparation: treatment.preparation } : {}),
    followup: treatment.sessions,
  };
}

/** Questions and answers exactly as the page shows them. */
export function faqNode(treatment: Treatment): FAQPage {
  return {
    "@type": "FAQPage",
    "@id": ids.faq(treatment.url),
    url: absoluteUrl(treatment.url),
    isPartOf: { "@id": ids.page(treatment.url) },
    mainEntity: treatment.faqs.map((faq) => ({
      "@type": "Question",
      name: faq.question,
      acceptedAnswer: { "@type": "Answer", text: faq.answer },
    })),
  };
}

export interface PageGraphOptions {
  path: string;
  title: string;
  description: string;
  crumbs?: Crumb[];
}

const graph = (nodes: Thing[]): Graph => ({ "@context": "https://schema.org", "@graph": nodes });

/** Any page: the clinic, the site, the page itself and its breadcrumb trail. */
export function pageGraph(clinic: Clinic, { path, title, description, crumbs }: PageGraphOptions): Graph {
  const page: WebPage = {
    "@type": "WebPage",
    "@id": ids.page(path),
    url: absoluteUrl(path),
    name: title,
    description,
    isPartOf: { "@id": ids.website() },
    about: { "@id": ids.clinic() },
    ...(crumbs ? { breadcrumb: { "@id": ids.breadcrumb(path) } } : {}),
  };
  return graph([clinicNode(clinic), websiteNode(clinic), page, ...(crumbs ? [breadcrumbNode(path, crumbs)] : [])]);
}

/** A treatment page: reviewed medical page about a procedure, with its citations and FAQ. */
export function treatmentGraph(clinic: Clinic, treatment: Treatment, crumbs: Crumb[]): Graph {
  const page: MedicalWebPage = {
    "@type": "MedicalWebPage",
    "@id": ids.page(treatment.url),
    url: absoluteUrl(treatment.url),
    name: treatment.title,
    description: treatment.summary,
    isPartOf: { "@id": ids.website() },
    publisher: { "@id": ids.clinic() },
    lastReviewed: treatment.lastReviewed,
    reviewedBy: { "@id": ids.practitioner(treatment.reviewer.slug) },
    about: { "@id": ids.procedure(treatment.url) },
    breadcrumb: { "@id": ids.breadcrumb(treatment.url) },
    citation: treatment.sources.map(citationNode),
    medicalAudience: { "@type": "MedicalAudience", audienceType: "Patient" } as never,
  };
  return graph([
    clinicNode(clinic),
    websiteNode(clinic),
    page,
    breadcrumbNode(treatment.url, crumbs),
    procedureNode(treatment),
    practitionerNode(treatment.reviewer),
    faqNode(treatment),
  ]);
}

/**
 * JSON for a <script type="application/ld+json">. Every <, > and & is
 * escaped as a \u sequence, so no content (not even "</script>") can end the
 * script early; JSON parsers read the escapes back as the same characters.
 */
export function serializeJsonLd(data: Graph): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
