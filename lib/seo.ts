import type { Metadata } from "next";
import { getClinic } from "./content";
import { absoluteUrl } from "./utils";

export interface BuildMetadataOptions {
  /** Page title; the root layout's template adds the clinic name. */
  title?: string;
  description: string;
  /** Path of the page, e.g. /treatments/prp-facial; becomes the canonical URL. */
  path: string;
  /** Keep the page out of search results (drafts, 404). */
  noindex?: boolean;
  type?: "website" | "article";
}

// The site-wide share image (app/opengraph-image.tsx). Pages set openGraph, which
// replaces the inherited images, so it is named here; a route segment's own
// opengraph-image file (treatments) takes precedence over this.
const DEFAULT_IMAGE = { url: "/opengraph-image", width: 1200, height: 630, alt: "The clinic's name" };

/** Every route's metadata comes from here, so no page pastes its own OG block. */
export function buildMetadata({ title, description, path, noindex = false, type = "website" }: BuildMetadataOptions): Metadata {
  const clinic = getClinic();
  const url = absoluteUrl(path);
  const fullTitle = title ? `${title} | ${clinic.name}` : clinic.name;
  return {
    ...(title ? { title } : {}),
    description,
    alternates: { canonical: url },
    openGraph: { title: fullTitle, description, url, siteName: clinic.name, type, locale: "en_US", images: [DEFAULT_IMAGE] },
    twitter: { card: "summary_large_image", title: fullTitle, description },
    robots: noindex ? { index: false, follow: true } : { index: true, follow: true },
  };
}
