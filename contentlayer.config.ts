import { defineDocumentType, makeSource } from "contentlayer2/source-files";
import { contentDir } from "./config/content";
import { computedFieldsOf, fieldsOf } from "./lib/content/contentlayer-fields";
import { DOCUMENT_TYPES } from "./lib/content/types";
import { configureMarkdown } from "./lib/markdown";

// Contentlayer gives us the types and the rendered HTML. Its document types are made from the
// document types and their zod contract (lib/content/types.ts), never written out here, so the
// two cannot drift. It is not our only guard: it lets `disclaimer: ""` through, so
// scripts/content-build.ts runs the zod contract over every file first, and lib/content.ts
// parses the generated data again.

const documentTypes = DOCUMENT_TYPES.map((type) =>
  defineDocumentType(() => ({
    name: type.kind,
    filePathPattern: "folder" in type.place ? `${type.place.folder}/**/*.{md,mdx}` : type.place.file,
    contentType: "markdown",
    ...("file" in type.place ? { isSingleton: true } : {}),
    fields: fieldsOf(type.schema, type.kind),
    // Worked out once per changed document and cached with it, not by every page of every build.
    computedFields: computedFieldsOf(type),
  })),
);

export default makeSource({
  contentDirPath: contentDir,
  documentTypes,
  markdown: configureMarkdown,
  // Fail closed: Contentlayer's defaults warn and silently drop a bad document.
  onMissingOrIncompatibleData: "fail",
  onUnknownDocuments: "fail",
  onExtraFieldData: "fail",
  date: { timezone: "UTC" },
});
