/** `npm run rules:doc`: rewrite README's "Compliance rules" section from the rule definitions. */
import { readFileSync, writeFileSync } from "node:fs";
import { withRulesDoc } from "../lib/compliance/docs";

const readme = readFileSync("README.md", "utf8");
const updated = withRulesDoc(readme);
writeFileSync("README.md", updated);
console.log(updated === readme ? "README.md compliance rules are up to date" : "README.md compliance rules rewritten");
