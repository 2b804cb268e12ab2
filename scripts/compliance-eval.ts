/**
 * `npm run compliance:eval`: the claim checker over the labelled corpus
 * (tests/compliance/corpus/). Prints precision and recall per class on the
 * dev split (what the rules were grown on) and on the held-out test split,
 * then every sentence it gets wrong. `--split=dev|test` limits the list of
 * mistakes. Honest recall is the share of honest copy that passes.
 */
import { checkSentence, UNSURE } from "../lib/compliance/claims/check";
import { classifySentence } from "../lib/compliance/claims/classes";
import { evaluate, loadCorpus, renderComparison, renderEvaluation } from "../lib/compliance/claims/corpus";
import { claimSiteFromContent } from "../lib/compliance/claims/site";

const splitArg = process.argv.find((a) => a.startsWith("--split="))?.slice("--split=".length) ?? "all";
// Every jurisdiction: the corpus holds UK classes, and honest copy must pass under all of them.
const site = { ...claimSiteFromContent(), jurisdictions: ["US", "UK"] as const };
const evaluation = evaluate(loadCorpus(), (text) => checkSentence(text, site).map((f) => f.classId));

console.log(renderEvaluation(evaluation));
// The classes alone, without the model's second opinion, for comparison.
const classesOnly = evaluate(loadCorpus(), (text) => classifySentence(text, site).map((f) => f.classId));
console.log(`\n${renderComparison(evaluation, classesOnly, UNSURE)}`);
console.log(`\nMistakes (${splitArg}):`);
for (const { sentence, predicted } of evaluation.wrong.filter((r) => splitArg === "all" || r.sentence.split === splitArg)) {
  console.log(`  [${sentence.split}] ${sentence.label} -> ${predicted.join(", ") || "passed"}: ${sentence.text}`);
}
const ms = evaluation.msPerSentence;
console.log(
  `\n${evaluation.splits.reduce((n, s) => n + s.sentences, 0)} sentences, ${ms.toFixed(2)} ms per sentence (${Math.round(ms * 1000)} ms per 1,000)`,
);
