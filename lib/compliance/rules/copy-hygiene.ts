import type { Text } from "mdast";
import { visitParents } from "unist-util-visit-parents";
import { findingAt, matchPhrases, type Phrase } from "../phrases";
import { plain, sentencesOf } from "../text";
import type { ComplianceRule, Finding } from "../types";

const debris: Phrase[] = [
  {
    pattern:
      /\b(?:error:\s*)?content is protected\b|\bright[- ]click (?:is )?disabled\b|\bcopying is (?:not allowed|prohibited)\b|\ball rights reserved\b|\blorem ipsum\b|\b(?:TODO|TBD|FIXME)\b|\bshare (?:this|on) (?:facebook|twitter|pinterest|linkedin)\b|\b(?:posted|filed) (?:in|under) uncategori[sz]ed\b|\bleave a (?:comment|reply)\b/i,
    message: (m) => `"${m}" is debris from a copied web page or a placeholder; delete it`,
  },
];

const STUB = /(?:^|\s)(?:read more|continue reading|learn more|find out more|more info)\s*[.…»›>→]*\s*$/i;
const CLICK_HERE = /\bclick (?:here|this link|the link below)\b/i;

const normalise = (text: string) =>
  plain(text)
    .toLowerCase()
    .replace(/[^a-z0-9 ]/g, "");

export const copyHygiene: ComplianceRule = {
  id: "copy-hygiene",
  title: "Copy hygiene",
  explanation:
    "Copy pasted from elsewhere brings debris with it: a paragraph that appears twice, “Content is protected” notices, “click here” with no link, “Read more” stubs with nothing to read, placeholders such as lorem ipsum or TODO. They make a medical page look careless and, when copied, may be someone else's words. Each one fails.",
  fix: "Delete the debris or the repeated paragraph; write links as [a description of the destination](address).",
  source: "FTC Act section 5: copy must not mislead, including through leftovers from other sites",
  check({ sentences, passages, body, doc }) {
    const findings: Finding[] = matchPhrases(sentences, debris);

    const seen = new Map<string, number>();
    for (const passage of passages.filter((p) => p.kind === "paragraph")) {
      const key = normalise(passage.text);
      if (key.split(" ").length < 6) continue;
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, passage.position(0).line);
        continue;
      }
      const [sentence] = sentencesOf(passage);
      if (sentence) findings.push(findingAt(sentence, 0, `this paragraph repeats the one on line ${first}; delete one of them`));
    }

    for (const passage of passages.filter((p) => p.kind === "paragraph")) {
      const stub = STUB.exec(passage.text);
      if (stub && !/\]\([^)]*\)\s*[.…»›>→]*\s*$/.test(passage.text)) {
        const sentence = sentencesOf(passage).at(-1);
        if (sentence)
          findings.push(
            findingAt(
              sentence,
              Math.max(0, stub.index - sentence.start + 1),
              `"${stub[0].trim()}" is a leftover link stub with nothing to read; delete it`,
            ),
          );
      }
    }

    visitParents(body.tree, "text", (node: Text, ancestors) => {
      const match = CLICK_HERE.exec(node.value);
      if (!match || ancestors.some((a) => a.type === "link" || a.type === "linkReference")) return;
      const start = node.position?.start;
      findings.push({
        line: (start?.line ?? 1) + doc.bodyLine - 1,
        column: (start?.column ?? 1) + match.index,
        message: `"${match[0]}" with no link; write a link whose words say where it goes, e.g. [our privacy notice](/legal/privacy)`,
        sentence: plain(node.value),
      });
    });
    return findings;
  },
};
