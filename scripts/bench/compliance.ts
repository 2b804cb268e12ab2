/**
 * The bench's compliance section: the claim checker's accuracy on the
 * labelled corpus (dev and held-out test), its cost per 1,000 sentences, and
 * the two NLP libraries considered for it, measured on the same sentences.
 */
import nlp from "compromise";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { checkSentence, UNSURE } from "../../lib/compliance/claims/check";
import { clearVerdicts } from "../../lib/compliance/claims/verdict-cache";
import { findingsOf } from "../../lib/content/file-findings";
import { loadContent } from "../../lib/content/load";
import { classifySentence } from "../../lib/compliance/claims/classes";
import { evaluate, loadCorpus, renderComparison, renderEvaluation } from "../../lib/compliance/claims/corpus";
import { claimSiteFromContent } from "../../lib/compliance/claims/site";

// Sentences with the name of a person who is not one of our practitioners, and sentences with none
// (names of places, products and regulators only), for the person-name comparison.
const WITH_NAMES = [
  "Jenna from Beaverton says she finally feels confident wearing her hair up.",
  "Mike, a local firefighter, told us it gave him his confidence back.",
  "Dr Mark Ellison, a Beverly Hills plastic surgeon, calls our technique the future of hair care.",
  "Sarah swears her skin has never looked better.",
  "Kim Kardashian made the vampire facial famous.",
  "Our client Priya Shah came back for a second course.",
  "Tom Brady is said to use platelet injections.",
  "Ask Maria at reception about our opening hours.",
];
const WITHOUT_NAMES = [
  "PRP is prepared with an FDA 510(k)-cleared device in Portland, Oregon.",
  "Mesotherapy involves many shallow injections into the middle layer of the skin.",
  "Each PRP scalp session costs $650.",
  "Google reviewers consistently give us top marks for our PRP facial.",
  "The Oregon Medical Board licenses our physicians.",
  "Microneedling with PRP is usually three to six sessions.",
  "Health Canada and the FDA regulate devices differently.",
  "Collagen forms slowly after microneedling.",
];

function compareLibraries() {
  const wink = winkNLP(model);
  const sentences = loadCorpus().map((s) => s.text);
  const time = (parse: (t: string) => unknown) => {
    const started = performance.now();
    for (const s of sentences) parse(s);
    return (performance.now() - started) / sentences.length;
  };
  const compromiseMs = time((t) => nlp(t).json());
  const winkMs = time((t) => wink.readDoc(t).tokens().out(wink.its.pos));
  const compromisePerson = (t: string) => (nlp(t).people().out("array") as string[]).length > 0;
  // The lite English model has no PERSON entity; a proper noun is the nearest thing it offers.
  const winkPerson = (t: string) => wink.readDoc(t).tokens().out(wink.its.pos).includes("PROPN");
  const score = (found: (t: string) => boolean) =>
    `${WITH_NAMES.filter(found).length}/${WITH_NAMES.length} names found, ${WITHOUT_NAMES.filter(found).length}/${WITHOUT_NAMES.length} false`;
  return [
    "| library | parse time per sentence | person names | modal verbs, negation |",
    "| --- | ---: | --- | --- |",
    `| compromise 14.17 | ${compromiseMs.toFixed(2)} ms | ${score(compromisePerson)} (\`#Person\`, honorifics and first names) | \`#Modal\`, \`#Negative\` tags |`,
    `| wink-nlp 2.4 + eng-lite-web-model 1.8 | ${winkMs.toFixed(2)} ms | ${score(winkPerson)} (no PERSON entity: proper nouns only) | POS \`AUX\`, per-token \`negationFlag\` |`,
  ].join("\n");
}

/**
 * The draft preview's and the editing UI's report for one file, as the server
 * makes it (lib/preview.ts documentFindings: read content/, then the file's
 * findings): first in this process with nothing cached (a server's first
 * report after it starts: V8 still interprets the checker's regexps and code),
 * then for another file whose sentences were never judged (an editor's change
 * in a running server), then that file again.
 */
function previewReportTimes(): string {
  clearVerdicts();
  const time = (file: string) => {
    const started = performance.now();
    const docs = loadContent();
    const doc = docs.find((d) => d.file === file);
    if (!doc) throw new Error(`${file} is missing`);
    findingsOf(docs, doc, new Date());
    return performance.now() - started;
  };
  const first = time("content/treatments/prp-hair-restoration.md");
  clearVerdicts();
  const fresh = time("content/treatments/prp-facial.md");
  const again = time("content/treatments/prp-facial.md");
  return (
    `Draft preview / editing UI report for one file, as lib/preview.ts makes it: ${first.toFixed(0)} ms for the first in a fresh process ` +
    `(content/treatments/prp-hair-restoration.md, nothing cached); ${fresh.toFixed(0)} ms for a file whose sentences were never judged, ` +
    `in a process that has made one report (content/treatments/prp-facial.md: an editor's change in a running server); ${again.toFixed(0)} ms when asked again.`
  );
}

export function complianceSection(): string {
  const preview = previewReportTimes();
  const site = { ...claimSiteFromContent(), jurisdictions: ["US", "UK"] as const };
  const corpus = loadCorpus();
  const evaluation = evaluate(corpus, (text) => checkSentence(text, site).map((f) => f.classId));
  const classesOnly = evaluate(corpus, (text) => classifySentence(text, site).map((f) => f.classId));
  const dev = corpus.filter((s) => s.split === "dev").length;
  return [
    `Labelled corpus \`tests/compliance/corpus/\`: ${corpus.length} sentences (${dev} dev, ${corpus.length - dev} test). The rules were grown on the dev split only; ` +
      "the test split is held out. Every jurisdiction is on (US and UK). A violation counts as found when the checker names its class; honest recall is the share of honest copy that passes.",
    "",
    renderEvaluation(evaluation),
    "",
    renderComparison(evaluation, classesOnly, UNSURE),
    "",
    `Claim checker cost: ${evaluation.msPerSentence.toFixed(2)} ms per sentence, ${Math.round(evaluation.msPerSentence * 1000)} ms per 1,000 sentences (one pass, no cache).`,
    "",
    preview,
    "",
    "NLP libraries, on the corpus sentences:",
    "",
    compareLibraries(),
  ].join("\n");
}
