/**
 * Share images, made once per content and kept between builds in
 * .next/cache/og-images (hosts keep .next/cache, as they keep Next's own
 * caches). An image is reused only for the same inputs (title, clinic name,
 * eyebrow) and the same card: the key includes a hash of the card's source
 * and of its fonts, so a change to the design renders every image again. A
 * file that is not a PNG is rendered again; a cache that cannot be written
 * is skipped.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Where the images are kept; OG_CACHE_DIR moves it (tests), "off" turns it off. */
const cacheDir = () => process.env.OG_CACHE_DIR ?? path.join(process.cwd(), ".next", "cache", "og-images");

const headers = () => ({
  "content-type": "image/png",
  // As next/og's ImageResponse sets them.
  "cache-control": process.env.NODE_ENV === "development" ? "no-cache, no-store" : "public, max-age=0, must-revalidate",
});

// The design's files are read and hashed once per version (size and modification time), not once per image (a build draws a thousand).
const designHashes = new Map<string, string>();
function designHash(design: readonly string[]): string {
  const id = design
    .map((part) => {
      const stat = statSync(/*turbopackIgnore: true*/ part);
      return `${part}:${stat.size}:${stat.mtimeMs}`;
    })
    .join("\0");
  let known = designHashes.get(id);
  if (!known) {
    const digest = createHash("sha256");
    for (const part of design) digest.update(readFileSync(/*turbopackIgnore: true*/ part));
    designHashes.set(id, (known = digest.digest("hex")));
  }
  return known;
}

/**
 * The PNG for `inputs`, from the cache or from `render`. `design` lists the
 * files the image's look depends on (the card's source, its fonts).
 */
export async function cachedPng(inputs: unknown, design: readonly string[], render: () => Response | Promise<Response>): Promise<Response> {
  const dir = cacheDir();
  let file: string | undefined;
  if (dir !== "off") {
    try {
      const key = createHash("sha256").update(JSON.stringify(inputs)).update(designHash(design));
      file = path.join(dir, `${key.digest("hex").slice(0, 32)}.png`);
      const saved = readFileSync(/*turbopackIgnore: true*/ file);
      if (saved.subarray(0, 8).equals(PNG_SIGNATURE)) return new Response(new Uint8Array(saved), { headers: headers() });
    } catch {
      // Not cached yet; or the design's files cannot be read, and then nothing is cached (`file` stays unset).
    }
  }
  const fresh = Buffer.from(await (await render()).arrayBuffer());
  if (file && fresh.subarray(0, 8).equals(PNG_SIGNATURE)) {
    try {
      mkdirSync(/*turbopackIgnore: true*/ path.dirname(file), { recursive: true });
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(/*turbopackIgnore: true*/ temporary, fresh);
      renameSync(/*turbopackIgnore: true*/ temporary, file);
    } catch {
      // A read-only disk costs speed, never the image.
    }
  }
  return new Response(new Uint8Array(fresh), { headers: headers() });
}
