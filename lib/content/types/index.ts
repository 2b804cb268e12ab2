/**
 * The document types, each defined once in a file of its own (its contract
 * with the editing UI's labels, its folder, its names, its pages' address).
 * Contentlayer's document types (contentlayer.config.ts, through
 * lib/content/contentlayer-fields.ts), Keystatic's collections
 * (keystatic.config.ts, through lib/cms/keystatic-schema.ts), the loader's
 * folders (config/content.ts), the contract check's messages (validate.ts)
 * and the fields the compliance rules read are all made from this list.
 * A new type is a new file here and one line in the list.
 */
import { clinicType } from "./clinic";
import type { DocumentType } from "./document-type";
import { legalPageType } from "./legal-page";
import { practitionerType } from "./practitioner";
import { treatmentType } from "./treatment";

export type { DocumentType, FieldPath } from "./document-type";

export const DOCUMENT_TYPES = [treatmentType, practitionerType, legalPageType, clinicType] as const satisfies readonly DocumentType[];

export type DocumentKind = (typeof DOCUMENT_TYPES)[number]["kind"];

export const documentType = (kind: DocumentKind) => DOCUMENT_TYPES.find((t) => t.kind === kind) as DocumentType;
