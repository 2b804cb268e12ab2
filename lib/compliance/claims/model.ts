/**
 * A second opinion for the sentences no claim class places: a naive Bayes
 * model over word stems, word pairs and the sentence's structure (hedged,
 * cited, negated, denied, a question), trained on the dev split of the corpus
 * alone (`npm run compliance:train` writes model.generated.json). The classes
 * name what a sentence claims and why; the model only says that a sentence
 * reads like the violations it was shown, in words the classes do not know.
 * When it is confident, the sentence fails as an unsure claim: fail closed.
 *
 * Naive Bayes rather than anything larger because it is inspectable (each
 * word's weight is in the JSON), trains in milliseconds from 1,000 sentences,
 * and runs in microseconds; a library for it (wink-naive-bayes-text-classifier)
 * would pull in a second, older copy of wink-nlp for its tokenizer alone.
 *
 * Its threshold is set on the dev split too: the score above which only
 * THRESHOLD_BUDGET of honest dev sentences fall when each is scored by a model
 * that did not see it (five folds). The held-out test split decides nothing.
 */
import stem from "wink-porter2-stemmer";
import { analyse, type Analysis } from "./analyse";

/** The share of honest dev copy (scored out of fold) allowed above the threshold. */
export const THRESHOLD_BUDGET = 0.01;
/** How often, out of fold on dev, the closest class must be the right one for the model to name it. */
export const CLASS_ACCURACY = 0.95;
const SMOOTHING = 0.5;
const FOLDS = 5;
const HONEST = "honest";

export interface ClaimModel {
  /** Labels, honest first; counts below are indexed the same way. */
  labels: string[];
  /** Sentences per label. */
  sentences: number[];
  /** Feature -> number of sentences per label that have it. */
  features: Record<string, number[]>;
  /** Log-odds (base 2) of violation over honest above which a sentence is an unsure claim. */
  threshold: number;
  /**
   * Bits by which the closest class must beat the next for the model to name that class
   * (the sentence then fails under that class's rule, not as an unsure claim): the smallest
   * margin at which the closest class was right CLASS_ACCURACY of the time, out of fold on dev.
   */
  classMargin: number;
  trainedOn: string;
}

const STOP = new Set("the a an and or of to in on for with is are be it this that".split(" "));
// What a page is about, not what it claims: the treatments and the body parts they treat appear in honest
// copy and violations alike, so they would only teach the model that talk of PRP is suspect.
const TOPIC = new Set(
  "prp platelet platelets plasma platelet-rich facial facials microneedling microneedle mesotherapy vampire hair scalp skin face eye eyes under-eye treatment treatments therapy therapies procedure procedures session sessions course clinic lumen"
    .split(" ")
    .map((w) => stem(w)),
);
/** Fewer words than this and a sentence is a heading or a table cell: the classes judge it, the model cannot. */
export const MIN_WORDS = 5;

/** What the model sees: stems, adjacent stem pairs and structural marks. */
export function featuresOf(a: Analysis): string[] {
  const words = a.lower
    .replace(/[^a-z0-9'$%£-]+/g, " ")
    .split(" ")
    .filter(Boolean)
    .map((w) => stem(w.replace(/^'+|'+$/g, "")));
  const features = new Set(words.filter((w) => !STOP.has(w) && !TOPIC.has(w)));
  for (let i = 0; i + 1 < words.length; i++) features.add(`${words[i]} ${words[i + 1]}`);
  if (a.hedged) features.add("#hedged");
  if (a.strongHedge) features.add("#strong-hedge");
  if (a.cited) features.add("#cited");
  if (a.denial) features.add("#denial");
  if (a.question) features.add(a.rhetorical ? "#rhetorical" : "#question");
  if (/\b(?:not|no|never|none|nobody|nothing|without)\b|n't\b/.test(a.lower)) features.add("#negation");
  if (/\b\d/.test(a.lower)) features.add("#number");
  return [...features];
}

function count(rows: { features: string[]; label: string }[], labels: string[]): Counts {
  const sentences = labels.map(() => 0);
  const features: Record<string, number[]> = {};
  for (const row of rows) {
    const l = labels.indexOf(row.label);
    sentences[l] = (sentences[l] ?? 0) + 1;
    for (const f of row.features) {
      const counts = (features[f] ??= labels.map(() => 0));
      counts[l] = (counts[l] ?? 0) + 1;
    }
  }
  return { labels, sentences, features };
}

type Counts = Omit<ClaimModel, "threshold" | "classMargin" | "trainedOn">;

// Per model, computed once: sentences in all, feature occurrences per label (the multinomial's denominator), vocabulary size.
const sums = new WeakMap<Counts, { samples: number; total: number[]; vocabulary: number }>();
function summary(model: Counts) {
  let found = sums.get(model);
  if (!found) {
    const total = model.labels.map(() => 0);
    for (const counts of Object.values(model.features)) counts.forEach((n, l) => (total[l] = (total[l] ?? 0) + n));
    const samples = model.sentences.reduce((a, b) => a + b, 0);
    sums.set(model, (found = { samples, total, vocabulary: Object.keys(model.features).length }));
  }
  return found;
}

const sumOver = (values: readonly number[], group: readonly number[]) => group.reduce((sum, l) => sum + (values[l] ?? 0), 0);

/**
 * Log-probability (base 2) of one known feature under a group of labels:
 * multinomial naive Bayes over binarised features with additive smoothing,
 * as wink-naive-bayes-text-classifier computes it.
 */
function featureLogProbability(model: Counts, feature: string, group: readonly number[]): number {
  const { total, vocabulary } = summary(model);
  return Math.log2((sumOver(model.features[feature] ?? [], group) + SMOOTHING) / (sumOver(total, group) + vocabulary * SMOOTHING));
}

/** Log-likelihood (base 2) of the present, known features under a group of labels, prior included. */
function logLikelihood(model: Counts, features: readonly string[], group: readonly number[]): number {
  let ll = Math.log2(sumOver(model.sentences, group) / summary(model).samples);
  for (const f of features) if (model.features[f]) ll += featureLogProbability(model, f, group);
  return ll;
}

/**
 * Log-odds that the sentence is a violation of any class rather than honest, the class it is
 * closest to, and by how many bits that class beats the next.
 */
function scoreFeatures(model: Counts, features: readonly string[]): { logOdds: number; closest: string; margin: number } {
  const violations = model.labels.map((_, l) => l).slice(1);
  const logOdds = logLikelihood(model, features, violations) - logLikelihood(model, features, [0]);
  const perClass = violations.map((l) => logLikelihood(model, features, [l]));
  const [best = -Infinity, next = -Infinity] = [...perClass].sort((a, b) => b - a);
  return { logOdds, closest: model.labels[1 + perClass.indexOf(best)] ?? "", margin: best - next };
}

/** Trains on labelled sentences (the dev split) and sets the threshold from out-of-fold scores of its honest ones. */
export function trainClaimModel(rows: readonly { text: string; label: string }[], trainedOn: string): ClaimModel {
  const labels = [HONEST, ...[...new Set(rows.map((r) => r.label).filter((l) => l !== HONEST))].sort()];
  const featured = rows.map((r) => ({ label: r.label, features: featuresOf(analyse(r.text)) }));
  const outOfFold: number[] = [];
  const namings: { margin: number; right: boolean; logOdds: number }[] = [];
  for (let k = 0; k < FOLDS; k++) {
    const model = count(
      featured.filter((_, i) => i % FOLDS !== k),
      labels,
    );
    featured.forEach((r, i) => {
      if (i % FOLDS !== k) return;
      const scored = scoreFeatures(model, r.features);
      if (r.label === HONEST) outOfFold.push(scored.logOdds);
      else namings.push({ margin: scored.margin, right: scored.closest === r.label, logOdds: scored.logOdds });
    });
  }
  outOfFold.sort((a, b) => b - a);
  const threshold = outOfFold[Math.floor(outOfFold.length * THRESHOLD_BUDGET)] ?? Infinity;
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    ...count(featured, labels),
    threshold: round(threshold),
    classMargin: round(marginFor(namings.filter((n) => n.logOdds > threshold))),
    trainedOn,
  };
}

/**
 * The smallest margin above which the closest class was right at least CLASS_ACCURACY of the
 * time, among the violations the model would stop (the only ones it could name).
 */
function marginFor(namings: { margin: number; right: boolean }[]): number {
  const sorted = [...namings].sort((a, b) => b.margin - a.margin);
  let right = 0;
  let margin = Infinity;
  sorted.forEach((n, i) => {
    if (n.right) right++;
    // Counting from the most certain down: the last point still accurate enough sets the margin.
    if (right / (i + 1) >= CLASS_ACCURACY && (sorted[i + 1]?.margin ?? -Infinity) < n.margin) margin = n.margin;
  });
  return margin;
}

export interface UnsureClaim {
  logOdds: number;
  /** The class whose violations the sentence reads most like. */
  closest: string;
  /** True when the closest class beats the next by the model's classMargin: the model names it. */
  named: boolean;
  /** The words that weigh most towards a claim, as written in the model (stems). */
  cues: string[];
}

/** The model's verdict on a sentence no class placed: an unsure claim, or undefined when it reads as honest. */
export function unsureClaim(model: ClaimModel, a: Analysis): UnsureClaim | undefined {
  if (a.lower.trim().split(/\s+/).length < MIN_WORDS) return undefined;
  const features = featuresOf(a);
  const { logOdds, closest, margin } = scoreFeatures(model, features);
  if (logOdds <= model.threshold) return undefined;
  const c = model.labels.indexOf(closest);
  // How much more likely the word is under the closest class than under honest copy.
  const weight = (f: string) => featureLogProbability(model, f, [c]) - featureLogProbability(model, f, [0]);
  const cues = features
    .filter((f) => !f.startsWith("#") && !f.includes(" ") && model.features[f])
    .sort((x, y) => weight(y) - weight(x))
    .slice(0, 3);
  return { logOdds, closest, named: margin >= model.classMargin, cues };
}
