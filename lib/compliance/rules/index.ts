import type { ComplianceRule } from "../types";
import { claimRules } from "./claims";
import { copyHygiene } from "./copy-hygiene";
import { efficacyNeedsSource } from "./efficacy-needs-source";
import { endorsements } from "./endorsements";
import { freshness } from "./freshness";
import { noPromises } from "./no-promises";
import { regulatoryWording } from "./regulatory-wording";
import { requiredSections } from "./required-sections";
import { trademarks } from "./trademarks";
import { unreadableText } from "./unreadable-text";

/** Every rule, in the order the content guide (docs/content.md) lists them. */
export const rules: ComplianceRule[] = [
  noPromises,
  regulatoryWording,
  efficacyNeedsSource,
  endorsements,
  trademarks,
  freshness,
  requiredSections,
  copyHygiene,
  unreadableText,
  ...claimRules,
];
