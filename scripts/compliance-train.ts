/**
 * `npm run compliance:train`: trains the unsure-claim model
 * (lib/compliance/claims/model.ts) on the dev split of the corpus and writes
 * lib/compliance/claims/model.generated.json. Run it after changing the
 * corpus's dev sentences or the model's features; a unit test fails while the
 * file is stale.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { loadCorpus } from "../lib/compliance/claims/corpus";
import { trainClaimModel } from "../lib/compliance/claims/model";

const MODEL_FILE = path.join("lib", "compliance", "claims", "model.generated.json");

export const trainFromCorpus = () => {
  const dev = loadCorpus().filter((s) => s.split === "dev");
  return trainClaimModel(dev, `${dev.length} dev sentences of tests/compliance/corpus`);
};

if (import.meta.url === `file://${process.argv[1]}`) {
  const model = trainFromCorpus();
  writeFileSync(MODEL_FILE, `${JSON.stringify(model)}\n`);
  console.log(`${MODEL_FILE}: ${Object.keys(model.features).length} features, threshold ${model.threshold}, ${model.trainedOn}`);
}
