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

const collections = Object.fromEntries(
  DOCUMENT_TYPES.flatMap((type) =>
    "folder" in type.place
      ? [
          [
            type.cms.key,
            collection({
              label: type.cms.label,
              path: `content/${type.place.folder}/*`,
              // Keystatic types slugField from a literal schema; this one is made at run time.
              slugField: slugFieldOf(type) as never,
              format: { contentField: "body" },
              // The server turns this into a short-lived signed link to the draft preview with its
              // compliance report (app/api/preview/route.admin.ts); no secret is in the editor's code.
              previewUrl: "preview" in type.cms && type.cms.preview ? `/api/preview?collection=${type.cms.key}&slug={slug}` : undefined,
              schema: keystaticSchema(type),
            }),
          ],
        ]
      : [],
  ),
);

const singletons = Object.fromEntries(
  DOCUMENT_TYPES.flatMap((type) =>
    "file" in type.place
      ? [
          [
            type.cms.key,
            singleton({
              label: type.cms.label,
              path: `content/${type.place.file.replace(/\.md$/, "")}`,
              format: { contentField: "body" },
              schema: keystaticSchema(type),
            }),
          ],
        ]
      : [],
  ),
);

/** The sidebar's groups, in the order the types are listed. */
const navigation: Record<string, string[]> = {};
for (const type of DOCUMENT_TYPES) (navigation[type.cms.group] ??= []).push(type.cms.key);

export default config({
  storage: cmsStorage.KEYSTATIC_STORAGE === "github" ? { kind: "github", repo: cmsStorage.KEYSTATIC_GITHUB_REPO } : { kind: "local" },
  ui: { brand: { name: "Clinic content" }, navigation },
  collections,
  singletons,
});
