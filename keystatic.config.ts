import { collection, config, singleton } from "@keystatic/core";
import { cmsStorage } from "./lib/cms/env";
import { keystaticSchema, slugFieldOf } from "./lib/cms/keystatic-schema";
import { DOCUMENT_TYPES } from "./lib/content/types";

/**
 * The editing UI (issue 8). Every collection is made from its document type
 * (lib/content/types/): fields, rules, labels and help text come from the one
 * definition (lib/cms/keystatic-schema.ts). The contract still decides:
 * `npm run content:check` and the build parse every file Keystatic writes, as
 * they parse hand-written ones.
 *
 * Storage: local (edits files in content/) unless KEYSTATIC_STORAGE=github
 * (lib/cms/env.ts). The admin exists only when built or run with
 * KEYSTATIC_ENABLED=1 (next.config.ts).
 */

// Folder types become collections, the one-file type a singleton; both from the same definition.
const collections: Record<string, ReturnType<typeof collection>> = {};
const singletons: Record<string, ReturnType<typeof singleton>> = {};
for (const type of DOCUMENT_TYPES) {
  const common = { label: type.cms.label, format: { contentField: "body" as const }, schema: keystaticSchema(type) };
  if ("file" in type.place) {
    singletons[type.cms.key] = singleton({ ...common, path: `content/${type.place.file.replace(/\.md$/, "")}` });
    continue;
  }
  collections[type.cms.key] = collection({
    ...common,
    path: `content/${type.place.folder}/*`,
    // Keystatic types slugField from a literal schema; this one is made at run time.
    slugField: slugFieldOf(type) as never,
    // The server turns this into a short-lived signed link to the draft preview with its
    // compliance report (app/api/preview/route.admin.ts); no secret is in the editor's code.
    previewUrl: "preview" in type.cms && type.cms.preview ? `/api/preview?collection=${type.cms.key}&slug={slug}` : undefined,
  });
}

/** The sidebar's groups, in the order the types are listed. */
const navigation: Record<string, string[]> = {};
for (const type of DOCUMENT_TYPES) (navigation[type.cms.group] ??= []).push(type.cms.key);

export default config({
  storage: cmsStorage.KEYSTATIC_STORAGE === "github" ? { kind: "github", repo: cmsStorage.KEYSTATIC_GITHUB_REPO } : { kind: "local" },
  ui: { brand: { name: "Clinic content" }, navigation },
  collections,
  singletons,
});
