import { describe, expect, test } from "vitest";
import type { Clinic, Treatment } from "@/lib/content";
import { ids, pageGraph, serializeJsonLd, treatmentGraph } from "@/lib/json-ld";
import { validClinic } from "../helpers/documents";

const clinic = validClinic as Clinic;

const treatment: Treatment = {
  slug: "prp-test",
  url: "/treatments/prp-test",
  title: "PRP </script><script>alert(1)</script> test",
  summary: "A summary with <b>markup</b> & an ampersand.",
  disclaimer: "Information only.",
  lastReviewed: "2026-11-01",
  offLabel: true,
  procedureType: "PercutaneousProcedure",
  sessions: "3 sessions",
  downtime: "A day",
  preparation: "Tell us about medicines.",
  order: 1,
  sources: [{ id: "a-2020", title: "A trial", publisher: "A Journal", year: 2020, doi: "10.1000/1" }],
  faqs: [
    { question: "Does it hurt?", answer: "Most feel pressure." },
    { question: "How long?", answer: "An hour." },
  ],
  testimonials: [],
  licensedTrademarks: [],
  complianceExceptions: [],
  draft: false,
  html: "<p>x</p>",
  howPerformed: "1. Blood is drawn. 2. It is spun.",
  reviewer: {
    slug: "jane-doe",
    name: "Jane Doe",
    honorificPrefix: "Dr",
    displayName: "Dr Jane Doe",
    jobTitle: "Dermatologist",
    credentials: "MD",
    physician: true,
    bioHtml: "",
  },
};

const crumbs = [
  { name: "Home", href: "/" },
  { name: "Treatments", href: "/treatments" },
  { name: treatment.title, href: treatment.url },
];

type Node = Record<string, unknown>;
const nodes = (graph: { "@graph": unknown }) => graph["@graph"] as Node[];
const byType = (graph: { "@graph": unknown }, type: string) => nodes(graph).find((n) => n["@type"] === type);

describe("JSON-LD graph builders", () => {
  const graph = treatmentGraph(clinic, treatment, crumbs);

  test("a treatment page is one graph of clinic, site, page, breadcrumb, procedure, reviewer and FAQ", () => {
    expect(graph["@context"]).toBe("https://schema.org");
    expect(nodes(graph).map((n) => n["@type"])).toEqual([
      "MedicalClinic",
      "WebSite",
      "MedicalWebPage",
      "BreadcrumbList",
      "MedicalProcedure",
      "Person",
      "FAQPage",
    ]);
  });

  test("the page links to its reviewer, procedure and breadcrumb by @id", () => {
    expect(byType(graph, "MedicalWebPage")).toMatchObject({
      "@id": ids.page(treatment.url),
      lastReviewed: "2026-11-01",
      reviewedBy: { "@id": ids.practitioner("jane-doe") },
      about: { "@id": ids.procedure(treatment.url) },
      breadcrumb: { "@id": ids.breadcrumb(treatment.url) },
      citation: [{ "@type": "ScholarlyArticle", name: "A trial", url: "https://doi.org/10.1000/1", datePublished: "2020" }],
    });
    expect(byType(graph, "Person")).toMatchObject({ "@id": ids.practitioner("jane-doe"), name: "Jane Doe", jobTitle: "Dermatologist" });
  });

  test("the procedure carries type, how it is performed, preparation and follow-up", () => {
    expect(byType(graph, "MedicalProcedure")).toEqual({
      "@type": "MedicalProcedure",
      "@id": ids.procedure(treatment.url),
      name: treatment.title,
      description: treatment.summary,
      procedureType: "https://schema.org/PercutaneousProcedure",
      howPerformed: "1. Blood is drawn. 2. It is spun.",
      preparation: "Tell us about medicines.",
      followup: "3 sessions",
    });
  });

  test("the FAQ is exactly the document's questions and answers, in order", () => {
    expect(byType(graph, "FAQPage")?.mainEntity).toEqual([
      { "@type": "Question", name: "Does it hurt?", acceptedAnswer: { "@type": "Answer", text: "Most feel pressure." } },
      { "@type": "Question", name: "How long?", acceptedAnswer: { "@type": "Answer", text: "An hour." } },
    ]);
  });

  test("breadcrumbs are numbered from 1 with absolute URLs", () => {
    const items = byType(graph, "BreadcrumbList")?.itemListElement as Node[];
    expect(items.map((i) => i.position)).toEqual([1, 2, 3]);
    expect(items[0]?.item).toMatch(/^https?:\/\/[^/]+\/$/);
  });

  test("the clinic has address, geo and opening hours, and never a rating or review", () => {
    expect(byType(graph, "MedicalClinic")).toMatchObject({
      address: { "@type": "PostalAddress", streetAddress: "1 Main St", addressCountry: "US" },
      geo: { "@type": "GeoCoordinates", latitude: 45.5, longitude: -122.6 },
      openingHoursSpecification: [{ dayOfWeek: ["https://schema.org/Monday"], opens: "09:00", closes: "17:00" }],
    });
    expect(JSON.stringify(graph)).not.toMatch(/aggregateRating|"review"/);
  });

  test("other pages get the clinic, site and a WebPage; breadcrumbs only when given", () => {
    expect(nodes(pageGraph(clinic, { path: "/", title: "Home", description: "d" })).map((n) => n["@type"])).toEqual([
      "MedicalClinic",
      "WebSite",
      "WebPage",
    ]);
    const withCrumbs = pageGraph(clinic, { path: "/clinic", title: "Clinic", description: "d", crumbs: crumbs.slice(0, 1) });
    expect(byType(withCrumbs, "WebPage")?.breadcrumb).toEqual({ "@id": ids.breadcrumb("/clinic") });
  });
});

describe("serializeJsonLd", () => {
  const json = serializeJsonLd(treatmentGraph(clinic, treatment, crumbs));

  test("escapes every <, > and & so nothing can close the script", () => {
    expect(json).not.toMatch(/[<>&]/);
    expect(json).toContain("\\u003c/script\\u003e");
  });

  test("still parses back to the same data", () => {
    const parsed = JSON.parse(json) as { "@graph": Node[] };
    expect(parsed["@graph"][2]?.name).toBe(treatment.title);
    expect(parsed["@graph"][2]?.description).toBe("A summary with <b>markup</b> & an ampersand.");
  });

  test("escapes the line and paragraph separators that break inline scripts in old parsers", () => {
    const out = serializeJsonLd({ "@context": "https://schema.org", "@graph": [{ "@type": "Thing", name: "a\u2028b\u2029c" }] });
    expect(out).toContain("a\\u2028b\\u2029c");
  });
});
