import type { DocumentKind, RawDocument } from "../content/load";
import type { TreatmentFrontmatter } from "../content/schema";
import type { ClaimSite } from "./claims/classes";
import type { ParsedBody, Passage, Sentence } from "./text";

export interface RuleContext {
  doc: RawDocument;
  kind: DocumentKind;
  /** Set for treatments, whose frontmatter has already passed the contract. */
  treatment?: TreatmentFrontmatter;
  /** Ids of the document's sources, read even when the rest of its frontmatter is broken. */
  sourceIds: string[];
  body: ParsedBody;
  /** Body passages and the frontmatter fields readers see. */
  passages: Passage[];
  sentences: Sentence[];
  now: Date;
  /** The clinic's jurisdictions and practitioners, which the claim rules judge against. */
  site: ClaimSite;
}

export interface Finding {
  line: number;
  column: number;
  message: string;
  /** The sentence (or field value) the finding is about: what an exception must quote. */
  sentence: string;
  severity?: "error" | "warning";
}

export interface ComplianceRule {
  /** Stable id, used in messages and in complianceExceptions. */
  id: string;
  title: string;
  /** One paragraph for the marketing team: what the rule stops and why. */
  explanation: string;
  /** What to write instead, in general. */
  fix: string;
  /** The regulation or guidance the rule comes from. */
  source?: string;
  check(context: RuleContext): Finding[];
}
