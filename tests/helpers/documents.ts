import { stringify } from "yaml";
import { parseContentFile, type DocumentKind, type RawDocument } from "@/lib/content/load";

/** A treatment that meets the contract; tests change one thing at a time. */
export const validTreatment = {
  title: "Example treatment",
  summary: "A short, honest description of the example treatment.",
  disclaimer: "General information only, not medical advice. Results vary.",
  lastReviewed: "2026-10-01",
  reviewedBy: "jane-doe",
  offLabel: true,
  sessions: "3 sessions, 4 weeks apart",
  downtime: "Redness for a day or two",
  sources: [{ id: "smith-2020", title: "A study", publisher: "A Journal", year: 2020, doi: "10.1000/xyz123" }],
  faqs: [{ question: "Does it hurt?", answer: "Most people feel pressure; we use numbing cream." }],
};

export const validPractitioner = {
  name: "Jane Doe",
  jobTitle: "Dermatologist",
  credentials: "MD",
  physician: true,
};

export const validClinic = {
  name: "Test Clinic",
  description: "A clinic used in tests.",
  phone: "+1 503 555 0100",
  email: "hello@clinic.example",
  address: { street: "1 Main St", locality: "Portland", region: "OR", postalCode: "97205", country: "US" },
  geo: { latitude: 45.5, longitude: -122.6 },
  openingHours: [{ days: ["Monday"], opens: "09:00", closes: "17:00" }],
  mapUrl: "https://www.openstreetmap.org/",
};

export const markdown = (frontmatter: unknown, body = "## What it is\n\nText.\n") =>
  `---\n${typeof frontmatter === "string" ? frontmatter : stringify(frontmatter)}---\n\n${body}`;

export const doc = (file: string, kind: DocumentKind | undefined, source: string): RawDocument => parseContentFile(file, source, kind);

export const validPrivacyPage = {
  title: "Privacy notice",
  summary: "What we collect and why.",
  lastUpdated: "2026-11-01",
  consentText: "I agree that the clinic may keep these details and contact me.",
};

export const validReviewPolicy = {
  title: "How we review our medical information",
  summary: "Who checks our treatment pages and how often.",
  lastUpdated: "2026-11-01",
};

/** A minimal valid site: one clinic, one practitioner, a privacy notice, the review policy, plus the documents given. */
export const site = (...docs: RawDocument[]): RawDocument[] => [
  doc("content/clinic.md", "Clinic", markdown(validClinic, "")),
  doc("content/practitioners/jane-doe.md", "Practitioner", markdown(validPractitioner, "Bio.")),
  doc("content/legal/privacy.md", "LegalPage", markdown(validPrivacyPage, "## Who we are\n\nThe clinic.\n")),
  doc("content/legal/medical-review-policy.md", "LegalPage", markdown(validReviewPolicy, "## Who reviews a page\n\nA physician.\n")),
  ...docs,
];

export const treatment = (frontmatter: Record<string, unknown> | string, slug = "example") =>
  doc(`content/treatments/${slug}.md`, "Treatment", markdown(frontmatter));
