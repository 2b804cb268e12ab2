/**
 * The consultation form with one treatment preselected, for
 * /consultation?treatment=<slug>, without prerendering a copy per treatment.
 *
 * Why: a copy per treatment doubled the pages Next renders on every build
 * (issue 18: 1,005 copies took about 10 s of a 34 s rebuild at 1,000
 * treatments), although the copies differ only in the treatment's slug and
 * name. So the build prerenders one copy for a placeholder treatment
 * (TEMPLATE_TREATMENT, whose slug no file name can have), build/static-pages.ts
 * turns its finished HTML into text with holes (compilePreselectedForm), and
 * proxy.ts fills the holes with the requested treatment (fillPreselectedForm):
 * the visitor gets the same HTML, islands and payload Next would have
 * rendered for that treatment, with or without JavaScript.
 *
 * The placeholder appears in two contexts, each with its own encoding: as
 * HTML text (the <option>), and inside the page's RSC payload, which is JSON
 * text inside the JSON data block #deferred-runtime (build/static-html.ts).
 * compile refuses any other place it finds the placeholder, so a change in
 * Next's output fails the build instead of serving a wrong page.
 */
import { dataBlockJson, DEFERRED_RUNTIME_OPEN as BLOCK_OPEN } from "../../build/static-html";
import { SLUG } from "../content/fields";

/** The placeholder: "_" is outside a treatment slug's letters (a-z, 0-9, "-"), so no real treatment matches it. */
export const TEMPLATE_TREATMENT = { slug: "__preselected__", title: "__preselected_title__" } as const;

export type Hole = "slug" | "titleHtml" | "titleInPayload";

/** Literal text around holes: parts has exactly one element more than holes. */
export interface PreselectedFormTemplate {
  parts: string[];
  holes: Hole[];
}

export interface PreselectedTreatment {
  slug: string;
  title: string;
}

const PLACEHOLDER = new RegExp(`${TEMPLATE_TREATMENT.title}|${TEMPLATE_TREATMENT.slug}`, "g");

/** How React escapes text content (any correct escaping reads the same; this one is React's). */
const escapeHtml = (text: string) =>
  text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;").replaceAll("'", "&#x27;");

/**
 * A string's content as it stands inside the data block: RSC writes it as a JSON string (a leading "$"
 * doubled, which its reader would otherwise take for a reference), and the block holds that text as a
 * JSON string again, as build/static-html.ts writes it.
 */
function inPayload(text: string): string {
  const flight = JSON.stringify(text.startsWith("$") ? `$${text}` : text).slice(1, -1);
  return dataBlockJson(flight).slice(1, -1);
}

/**
 * The finished (deferred) HTML of the placeholder's copy as a template. Throws, naming what it found,
 * when the placeholder is anywhere but the option's text and value, the form's props and the route.
 */
export function compilePreselectedForm(html: string): PreselectedFormTemplate {
  const blockStart = html.indexOf(BLOCK_OPEN);
  const blockEnd = blockStart === -1 ? -1 : html.indexOf("</script>", blockStart);
  if (blockEnd === -1) throw new Error("the page has no #deferred-runtime data block");
  const inPayloadCount = checkPayload(html.slice(blockStart + BLOCK_OPEN.length, blockEnd));
  const parts: string[] = [];
  const holes: Hole[] = [];
  let last = 0;
  let titlesInHtml = 0;
  let placeholdersInBlock = 0;
  for (const match of html.matchAll(PLACEHOLDER)) {
    const at = match.index;
    const inBlock = at > blockStart && at < blockEnd;
    let hole: Hole = "slug";
    if (inBlock) placeholdersInBlock += 1;
    if (match[0] === TEMPLATE_TREATMENT.title) {
      if (inBlock) {
        hole = "titleInPayload";
      } else {
        if (html[at - 1] !== ">" || html[at + match[0].length] !== "<")
          throw new Error(`the treatment's name is somewhere other than an element's text: …${html.slice(at - 40, at + 60)}…`);
        hole = "titleHtml";
        titlesInHtml += 1;
      }
    }
    parts.push(html.slice(last, at));
    holes.push(hole);
    last = at + match[0].length;
  }
  parts.push(html.slice(last));
  if (titlesInHtml !== 1) throw new Error(`expected the treatment's name once as the option's text, found it ${titlesInHtml} times`);
  if (placeholdersInBlock !== inPayloadCount)
    throw new Error(
      `the data block has ${placeholdersInBlock} placeholders but its payload ${inPayloadCount}: the block is not encoded as expected`,
    );
  if (!holes.includes("slug")) throw new Error("the treatment's slug is nowhere in the page");
  return { parts, holes };
}

/**
 * Checks each placeholder in the RSC payload can be replaced, and counts them. RSC rows are "id:value\n",
 * except text rows, "id:T<hex byte length>,<text>" with no end mark: a hole there would change the length
 * it declares. The name must be a whole string, since its encoding (inPayload) is a whole string's.
 */
function checkPayload(blockText: string): number {
  const runtime = JSON.parse(blockText) as { flight?: unknown[] };
  const chunks = runtime.flight ?? [];
  if (!chunks.every((chunk) => Array.isArray(chunk) && (chunk[0] === 0 || (chunk[0] === 1 && typeof chunk[1] === "string"))))
    throw new Error("the page's payload has chunks other than text");
  const payload = chunks.map((chunk) => (chunk as unknown[])[1] ?? "").join("");
  const textRows: [number, number][] = [];
  for (let at = 0; at < payload.length;) {
    const colon = payload.indexOf(":", at);
    if (colon === -1) break;
    const text = /^T([0-9a-f]+),/.exec(payload.slice(colon + 1, colon + 24));
    if (!text?.[1]) {
      const end = payload.indexOf("\n", colon);
      at = end === -1 ? payload.length : end + 1;
      continue;
    }
    let end = colon + 1 + text[0].length;
    for (let bytes = Number.parseInt(text[1], 16); bytes > 0 && end < payload.length; end += 1) {
      const code = payload.charCodeAt(end);
      // A surrogate pair is four bytes in UTF-8, counted as two halves of two.
      bytes -= code < 0x80 ? 1 : code < 0x800 ? 2 : code >= 0xd800 && code < 0xe000 ? 2 : 3;
    }
    textRows.push([colon, end]);
    at = end;
  }
  let count = 0;
  for (const match of payload.matchAll(PLACEHOLDER)) {
    const at = match.index;
    if (textRows.some(([start, end]) => at > start && at < end))
      throw new Error(
        `the treatment's ${match[0] === TEMPLATE_TREATMENT.slug ? "slug" : "name"} is inside a text row of the page's payload`,
      );
    if (match[0] === TEMPLATE_TREATMENT.title && (payload[at - 1] !== '"' || payload[at + match[0].length] !== '"'))
      throw new Error(`the treatment's name is part of a longer string in the page's payload: …${payload.slice(at - 40, at + 60)}…`);
    count += 1;
  }
  return count;
}

/** The page for one treatment. Throws on a slug a treatment cannot have (the caller passes only published ones). */
export function fillPreselectedForm(template: PreselectedFormTemplate, treatment: PreselectedTreatment): string {
  if (!SLUG.test(treatment.slug)) throw new Error(`not a treatment slug: ${JSON.stringify(treatment.slug)}`);
  const values: Record<Hole, string> = {
    slug: treatment.slug,
    titleHtml: escapeHtml(treatment.title),
    titleInPayload: inPayload(treatment.title),
  };
  let html = template.parts[0] ?? "";
  template.holes.forEach((hole, index) => {
    html += values[hole] + (template.parts[index + 1] ?? "");
  });
  return html;
}

/** Where build/static-pages.ts writes the template and proxy.ts reads it. */
export const PRESELECTED_FORM_FILE = ".next/preselected-form.json";
