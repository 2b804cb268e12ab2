import type { Metadata, ResolvedMetadata } from "next";
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
  /** Only for a page that shares its parent segment's image (a copy of the form): the parent's resolved metadata. */
  shareImagesOf?: Pick<ResolvedMetadata, "openGraph" | "twitter">;
}

/**
 * Share images are not named here. Each page's own segment has an
 * opengraph-image file (app/(site)/opengraph-image.tsx for "/", one per treatment in
 * app/(site)/treatments/[slug]/, and so on), and Next puts that image's URL
 * (hashed, since the routes sit in route groups) into og:image and twitter:image:
 * a segment's own image file wins over the openGraph set here, while an
 * inherited one does not, so naming an image here would only ever be wrong.
 * A page without a file of its own passes the metadata whose image it shares.
 *
 * Every route's metadata comes from here, so no page pastes its own OG block. */
export function buildMetadata({
  title,
  description,
  path,
  noindex = false,
  type = "website",
  shareImagesOf,
}: BuildMetadataOptions): Metadata {
  const clinic = getClinic();
  const url = absoluteUrl(path);
  const fullTitle = title ? `${title} | ${clinic.name}` : clinic.name;
  const ogImages = shareImagesOf?.openGraph?.images;
  const twitterImages = shareImagesOf?.twitter?.images;
  return {
    ...(title ? { title } : {}),
    description,
    alternates: { canonical: url },
    openGraph: {
      title: fullTitle,
      description,
      url,
      siteName: clinic.name,
      type,
      locale: "en_US",
      ...(ogImages ? { images: ogImages } : {}),
    },
    twitter: { card: "summary_large_image", title: fullTitle, description, ...(twitterImages ? { images: twitterImages } : {}) },
    robots: noindex ? { index: false, follow: true } : { index: true, follow: true },
  };
}
