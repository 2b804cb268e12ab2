/**
 * The labelled corpus (tests/compliance/corpus/*.jsonl) and its scoring:
 * precision and recall per class on each split, and the sentences the
 * checker gets wrong. Used by `npm run compliance:eval`, the bench and tests.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export interface CorpusSentence {
  text: string;
  label: string;
  split: "dev" | "test";
  note?: string;
  /** The writing round a test sentence came from; the newest round has been seen by no rule change. */
  round?: number;
}

export const CORPUS_DIR = path.join("tests", "compliance", "corpus");
export const HONEST = "honest";

export function loadCorpus(dir = CORPUS_DIR): CorpusSentence[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".jsonl"))
    .sort()
    .flatMap((f) =>
      readFileSync(path.join(dir, f), "utf8")
        .split("\n")
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l) as CorpusSentence),
    );
}

export interface ClassScore {
  label: string;
  support: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

export interface Scored {
  sentence: CorpusSentence;
  predicted: string[];
}

/**
 * Per-class scores. A violation counts as found when its class is among the
 * predicted ones; every other predicted class is a false positive for that
 * class. For "honest", a sentence predicted with no class at all is a true
 * positive, so honest recall is the share of honest copy that passes.
 */
export function score(results: Scored[], labels: string[]): ClassScore[] {
  return labels.map((label) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const { sentence, predicted } of results) {
      const said = label === HONEST ? predicted.length === 0 : predicted.includes(label);
      const truth = sentence.label === label;
      if (said && truth) tp++;
      else if (said) fp++;
      else if (truth) fn++;
    }
    const support = tp + fn;
    return { label, support, tp, fp, fn, precision: tp + fp ? tp / (tp + fp) : 1, recall: support ? tp / support : 1 };
  });
}

/** All violations as one class against honest copy: is a sentence stopped or not? */
export function binaryScore(results: Scored[]): ClassScore {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const { sentence, predicted } of results) {
    const flagged = predicted.length > 0;
    const bad = sentence.label !== HONEST;
    if (flagged && bad) tp++;
    else if (flagged) fp++;
    else if (bad) fn++;
  }
  return {
    label: "any violation",
    support: tp + fn,
    tp,
    fp,
    fn,
    precision: tp + fp ? tp / (tp + fp) : 1,
    recall: tp + fn ? tp / (tp + fn) : 1,
  };
}

export interface SplitScore {
  split: "dev" | "test";
  sentences: number;
  classes: ClassScore[];
  overall: ClassScore;
}

export interface Evaluation {
  splits: SplitScore[];
  /** The test sentences of the newest round alone: written after the last rule change, so never seen by it. */
  fresh: SplitScore & { round: number };
  results: Scored[];
  wrong: Scored[];
  msPerSentence: number;
}

/** Runs `classify` over the corpus and scores each split. */
export function evaluate(corpus: CorpusSentence[], classify: (text: string) => string[]): Evaluation {
  const labels = [...new Set(corpus.map((s) => s.label))].sort((a, b) => (a === HONEST ? 1 : b === HONEST ? -1 : a.localeCompare(b)));
  const started = performance.now();
  const results: Scored[] = corpus.map((sentence) => ({ sentence, predicted: classify(sentence.text) }));
  const msPerSentence = (performance.now() - started) / Math.max(1, corpus.length);
  const scoreOf = (split: "dev" | "test", part: Scored[]): SplitScore => ({
    split,
    sentences: part.length,
    classes: score(part, labels),
    overall: binaryScore(part),
  });
  const splits = (["dev", "test"] as const).map((split) =>
    scoreOf(
      split,
      results.filter((r) => r.sentence.split === split),
    ),
  );
  const round = Math.max(0, ...corpus.filter((s) => s.split === "test").map((s) => s.round ?? 0));
  const fresh = {
    ...scoreOf(
      "test",
      results.filter((r) => r.sentence.split === "test" && (r.sentence.round ?? 0) === round),
    ),
    round,
  };
  const wrong = results.filter(({ sentence, predicted }) =>
    sentence.label === HONEST ? predicted.length > 0 : !predicted.includes(sentence.label) || predicted.length > 1,
  );
  return { splits, fresh, results, wrong, msPerSentence };
}

const pct = (x: number) => `${(x * 100).toFixed(0)}%`;

/** The share of a split's honest copy that passes. */
const honestPass = (split: SplitScore) => split.classes.find((c) => c.label === HONEST)?.recall ?? 1;

/**
 * The whole check beside the classes alone, on dev, test and the fresh round,
 * and what the second opinion (`extra`, a verdict no class gives) stopped by itself.
 */
export function renderComparison(whole: Evaluation, classesOnly: Evaluation, extra: string): string {
  const line = (e: Evaluation) =>
    [...e.splits, e.fresh]
      .map(
        (s, i) =>
          `${i === 2 ? "fresh" : s.split} stops ${pct(s.overall.recall)} of violations and passes ${pct(honestPass(s))} of honest copy`,
      )
      .join("; ");
  const only = (split: "dev" | "test", freshOnly = false) => {
    const rows = whole.results.filter(
      (r) => r.sentence.split === split && (!freshOnly || r.sentence.round === whole.fresh.round) && r.predicted.includes(extra),
    );
    const honest = rows.filter((r) => r.sentence.label === HONEST).length;
    return `${rows.length - honest} violations, ${honest} honest`;
  };
  return [
    `Classes alone, without ${extra}: ${line(classesOnly)}.`,
    `Whole claim check: ${line(whole)}.`,
    `Stopped only as ${extra} (no class placed them): dev ${only("dev")}; test ${only("test")}; fresh ${only("test", true)}.`,
  ].join("\n");
}

/** Dev and test side by side, one row per class, as markdown. */
export function renderEvaluation(evaluation: Evaluation): string {
  const [dev, test] = evaluation.splits;
  const { fresh } = evaluation;
  if (!dev || !test) return "";
  const pr = (x: ClassScore | undefined) => (x ? `${pct(x.precision)} | ${pct(x.recall)}` : " | ");
  const rows = dev.classes.map((d, i) => {
    const t = test.classes[i];
    const f = fresh.classes[i];
    return `| ${d.label} | ${d.support} / ${t?.support ?? 0} / ${f?.support ?? 0} | ${pr(d)} | ${pr(t)} | ${pr(f)} |`;
  });
  return [
    `| class | sentences (dev / test / fresh) | dev precision | dev recall | test precision | test recall | fresh precision | fresh recall |`,
    `| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |`,
    ...rows,
    `| **any violation** (stopped or not) | ${dev.overall.support} / ${test.overall.support} / ${fresh.overall.support} | ${pr(dev.overall)} | ${pr(test.overall)} | ${pr(fresh.overall)} |`,
    "",
    `Fresh: the ${fresh.sentences} test sentences of round ${fresh.round}, written after the last change to the rules (a subset of test).`,
  ].join("\n");
}
