import { matchPhrases, type Phrase } from "../phrases";
import type { ComplianceRule } from "../types";

const FDA = String.raw`(?:the\s+)?(?:U\.?S\.?\s+)?(?:FDA|Food and Drug Administration)`;

const phrases: Phrase[] = [
  {
    pattern: new RegExp(
      String.raw`\bFDA[- ]?approv(?:ed|al)\b|\bapproved\s+by\s+${FDA}|\b${FDA}\s+(?:has\s+|have\s+)?(?:approved|approves)\b|\bFDA\s+(?:has\s+)?given\s+(?:its\s+)?approval\b`,
      "i",
    ),
    negatable: true,
    message: (m) =>
      `"${m}": PRP and microneedling for aesthetic use are not FDA approved. PRP preparation devices are FDA 510(k)-cleared and using PRP on the scalp or face is off-label; say exactly that`,
  },
];

/** PRP or platelet-rich plasma named anywhere a reader sees. */
export const mentionsPrp = (text: string) => /\bPRP\b|\bplatelet[- ]rich plasma\b/i.test(text);

export const regulatoryWording: ComplianceRule = {
  id: "regulatory-wording",
  title: "Regulatory wording",
  explanation:
    "PRP is not “FDA approved”. The devices that prepare it are cleared by the FDA through the 510(k) process, and using PRP for hair loss or on the face is off-label; microneedling devices are regulated as devices, not approved for a result. Any wording that says or implies FDA approval (“FDA approved”, “FDA-approved”, “approved by the FDA”) misleads patients and fails. Every document about PRP must also declare offLabel: true, which shows the off-label notice on the page.",
  fix: 'Write "PRP is prepared with an FDA 510(k)-cleared device; its use for hair loss is off-label", and set offLabel: true.',
  source: "FDA: PRP preparation devices are 510(k)-cleared, not approved; using PRP on the scalp or face is off-label (21 CFR 807.97)",
  check({ sentences, kind, passages, doc }) {
    const findings = matchPhrases(sentences, phrases);
    const declared = (doc.data as { offLabel?: unknown } | undefined)?.offLabel === true;
    if (kind === "Treatment" && !declared && passages.some((p) => mentionsPrp(p.text))) {
      const { line, column } = doc.locate(["offLabel"]);
      findings.push({
        line,
        column,
        message:
          "this page is about PRP, whose use on the scalp or face is off-label; add offLabel: true so the page shows the off-label notice",
        sentence: "offLabel",
      });
    }
    return findings;
  },
};
