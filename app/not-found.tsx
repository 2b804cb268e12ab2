import Link from "next/link";
import { SiteChrome } from "@/components/layout/site-chrome";
import { JsonLd } from "@/components/seo/json-ld";
import { Container } from "@/components/ui/container";
import { getClinic, listTreatments } from "@/lib/content";
import { clinicNode } from "@/lib/json-ld";

// Next marks every 404 response noindex itself.
export const metadata = { title: "Page not found" };

/**
 * The first treatments in list order, then a link to all of them: a helpful
 * page at any size. (Next embeds this page in every page that can call
 * notFound(), so a list of every treatment made each of those pages grow with
 * the site.)
 */
const SUGGESTED_TREATMENTS = 6;

export default function NotFound() {
  // The root not-found renders inside the root layout alone, outside every group's chrome.
  return (
    <SiteChrome>
      <Container className="space-y-6 py-16">
        <JsonLd graph={{ "@context": "https://schema.org", "@graph": [clinicNode(getClinic())] }} />
        <h1 className="text-3xl font-bold tracking-tight">We could not find that page</h1>
        <p className="max-w-prose text-lg text-slate-700">
          The address may be mistyped, or the page may have moved. These pages might help:
        </p>
        <ul className="list-disc space-y-2 pl-6">
          <li>
            <Link href="/" className="text-brand-700 underline underline-offset-2">
              Home
            </Link>
          </li>
          {listTreatments()
            .slice(0, SUGGESTED_TREATMENTS)
            .map((treatment) => (
              <li key={treatment.slug}>
                <Link href={treatment.url} className="text-brand-700 underline underline-offset-2">
                  {treatment.title}
                </Link>
              </li>
            ))}
          <li>
            <Link href="/treatments" className="text-brand-700 underline underline-offset-2">
              All treatments
            </Link>
          </li>
          <li>
            <Link href="/clinic" className="text-brand-700 underline underline-offset-2">
              Visit and contact
            </Link>
          </li>
        </ul>
      </Container>
    </SiteChrome>
  );
}
