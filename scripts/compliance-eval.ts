/**
 * `npm run compliance:eval`: the claim checker over the labelled corpus
 * (tests/compliance/corpus/). Prints precision and recall per class on the
 * dev split (what the rules were grown on) and on the held-out test split,
 * then every sentence it gets wrong. `--split=dev|test` limits the list of
 * mistakes. Honest recall is the share of honest copy that passes.
 */
import { checkSentence, UNSURE } from "../lib/compliance/claims/check";
import { classifySentence } from "../lib/compliance/claims/classes";
import { evaluate, loadCorpus, renderEvaluation } from "../lib/compliance/claims/corpus";
import { claimSiteFromContent } from "../lib/compliance/claims/site";

const splitArg = process.argv.find((a) => a.startsWith("--split="))?.slice("--split=".length) ?? "all";
// Every jurisdiction: the corpus holds UK classes, and honest copy must pass under all of them.
const site = { ...claimSiteFromContent(), jurisdictions: ["US", "UK"] as const };
const evaluation = evaluate(loadCorpus(), (text) => checkSentence(text, site).map((f) => f.classId));

console.log(renderEvaluation(evaluation));
const unsure = (split: string, fresh = false) =>
  evaluation.results.filter((r) => r.sentence.split === split && (!fresh || r.sentence.round === evaluation.fresh.round) && r.predicted.includes(UNSURE));
const tally = (rows: typeof evaluation.results) => `${rows.filter((r) => r.sentence.label !== "honest").length} violations, ${rows.filter((r) => r.sentence.label === "honest").length} honest`;
// The classes alone, without the model's second opinion, for comparison.
const rulesOnly = evaluate(loadCorpus(), (text) => classifySentence(text, site).map((f) => f.classId));
const pct = (x: number) => `${(x * 100).toFixed(0)}%`;
const line = (o: { precision: number; recall: number }) => `stops ${pct(o.recall)} of violations at ${pct(o.precision)} precision`;
console.log(
  `\nClasses alone, without the unsure-claim model: dev ${line(rulesOnly.splits[0]!.overall)}; test ${line(rulesOnly.splits[1]!.overall)}; fresh ${line(rulesOnly.fresh.overall)}; honest copy passing: dev ${pct(rulesOnly.splits[0]!.classes.at(-1)!.recall)}, test ${pct(rulesOnly.splits[1]!.classes.at(-1)!.recall)}, fresh ${pct(rulesOnly.fresh.classes.at(-1)!.recall)}.`,
);
console.log(`Stopped only as ${UNSURE} (no class placed them; the model did): dev ${tally(unsure("dev"))}; test ${tally(unsure("test"))}; fresh ${tally(unsure("test", true))}.`);
console.log(`\nMistakes (${splitArg}):`);
for (const { sentence, predicted } of evaluation.wrong.filter((r) => splitArg === "all" || r.sentence.split === splitArg)) {
  console.log(`  [${sentence.split}] ${sentence.label} -> ${predicted.join(", ") || "passed"}: ${sentence.text}`);
}
const ms = evaluation.msPerSentence;
console.log(`\n${evaluation.splits.reduce((n, s) => n + s.sentences, 0)} sentences, ${ms.toFixed(2)} ms per sentence (${Math.round(ms * 1000)} ms per 1,000)`);
