/** `npm run rules:doc`: rewrite the content guide's "Compliance rules" section from the rule definitions. */
import { readFileSync, writeFileSync } from "node:fs";
import { RULES_DOC_FILE, withRulesDoc } from "../lib/compliance/docs";

const guide = readFileSync(RULES_DOC_FILE, "utf8");
const updated = withRulesDoc(guide);
writeFileSync(RULES_DOC_FILE, updated);
console.log(updated === guide ? `${RULES_DOC_FILE} compliance rules are up to date` : `${RULES_DOC_FILE} compliance rules rewritten`);
