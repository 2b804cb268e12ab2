import { describe, expect, it } from "vitest";
import { deferClientRuntime } from "../../build/static-html";
import { compilePreselectedForm, fillPreselectedForm, TEMPLATE_TREATMENT } from "../../lib/consultation/preselected-form";

const { slug: SLUG, title: TITLE } = TEMPLATE_TREATMENT;

/** An RSC text row: "id:T<hex UTF-8 byte length>,<text>", with no end mark. */
const textRow = (id: string, text: string) => `${id}:T${Buffer.byteLength(text, "utf8").toString(16)},${text}`;

/** The form's copy as Next writes it for the placeholder, in the shape of its real output (route tree, a JSON-LD text row, the form's props). */
function nextPage({ option = `>${TITLE}<`, rows }: { option?: string; rows?: string[] } = {}): string {
  const payload = (
    rows ?? [
      `0:{"c":["","consultation","for","${SLUG}"],"q":""}\n`,
      textRow("2f", '{"@graph":[{"name":"Café ✓ 😀 Lumen Skin & Hair","url":"/consultation"}]}'),
      `30:["$","$L31",null,{"treatments":[{"slug":"${SLUG}","title":"${TITLE}"}],"selectedTreatment":"${SLUG}","otherTreatmentsHref":"/consultation"}]\n`,
    ]
  ).join("");
  return [
    "<!DOCTYPE html><html><head>",
    '<script src="/_next/static/chunks/main.js" async=""></script>',
    "</head><body><form><select>",
    `<option value="" disabled="">Choose a treatment</option><option value="${SLUG}" selected=""${option}/option>`,
    "</select></form>",
    "<script>(self.__next_f=self.__next_f||[]).push([0])</script>",
    `<script>self.__next_f.push([1,${JSON.stringify(payload).replaceAll("<", "\\u003c")}])</script>`,
    "</body></html>",
  ].join("");
}

const deferred = (html: string) => deferClientRuntime(html, "/_next/static/chunks/loader.js").html;

/** What a browser reads: the option's text, and the form's props as React's reader gets them from the data block. */
function read(html: string) {
  const option = /<option value="([^"]*)" selected="">([^<]*)<\/option>/.exec(html);
  const text = (option?.[2] ?? "")
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&quot;", '"')
    .replaceAll("&#x27;", "'")
    .replaceAll("&amp;", "&");
  const block = /<script id="deferred-runtime" type="application\/json">([^<]*)<\/script>/.exec(html)?.[1] ?? "";
  const runtime = JSON.parse(block) as { flight: [number, string?][] };
  const payload = runtime.flight.map(([, chunk]) => chunk ?? "").join("");
  const propsRow = payload.slice(payload.indexOf("30:") + 3, payload.lastIndexOf("\n"));
  const props = (
    JSON.parse(propsRow) as [string, string, null, { treatments: { slug: string; title: string }[]; selectedTreatment: string }]
  )[3];
  return { value: option?.[1], text, props, route: payload.slice(0, payload.indexOf("\n")) };
}

describe("the preselected form's template", () => {
  const template = compilePreselectedForm(deferred(nextPage()));

  it("gives each treatment the page Next would render for it: the option, the form's props and the route", () => {
    const filled = read(fillPreselectedForm(template, { slug: "prp-facial", title: "PRP facial" }));
    expect(filled.value).toBe("prp-facial");
    expect(filled.text).toBe("PRP facial");
    expect(filled.props.treatments).toEqual([{ slug: "prp-facial", title: "PRP facial" }]);
    expect(filled.props.selectedTreatment).toBe("prp-facial");
    expect(filled.route).toBe('0:{"c":["","consultation","for","prp-facial"],"q":""}');
  });

  it.each([
    `Peels & "glow" <care>, it's here`,
    "Café é, ✓ and 😀",
    "a\\b and a tab\there",
    "</script><script>alert(1)</script>",
    "\u2028line separators\u2029",
  ])("reads the name %j back exactly, as text and in the payload", (title) => {
    const html = fillPreselectedForm(template, { slug: "a-treatment", title });
    const filled = read(html);
    expect(filled.text).toBe(title);
    expect(filled.props.treatments[0]?.title).toBe(title);
    // Nothing a name holds can end the data block or add an element.
    expect(html.match(/<\/script/g)).toHaveLength(2);
    expect(html).not.toContain("__preselected");
  });

  it("doubles a leading $ in the payload, as RSC does, so the reader does not take the name for a reference", () => {
    expect(read(fillPreselectedForm(template, { slug: "a-treatment", title: "$100 off" })).props.treatments[0]?.title).toBe("$$100 off");
  });

  it("fills in a slug only when it is one a treatment can have", () => {
    for (const slug of ["", "A-Treatment", 'x" onmouseover="alert(1)', "../secret", "a--b", SLUG])
      expect(() => fillPreselectedForm(template, { slug, title: "x" }), slug).toThrow(/not a treatment slug/);
  });
});

describe("the build refuses a template it cannot fill safely", () => {
  it("when the page has no data block (Next's runtime was not deferred)", () => {
    expect(() => compilePreselectedForm(nextPage())).toThrow(/no #deferred-runtime data block/);
  });

  it("when the name is in an attribute as well as the option's text", () => {
    expect(() => compilePreselectedForm(deferred(nextPage({ option: ` title="${TITLE}">${TITLE}<` })))).toThrow(
      /somewhere other than an element's text/,
    );
  });

  it("when the name is only part of a string in the payload", () => {
    const rows = [`30:["$","$L31",null,{"treatments":[{"slug":"${SLUG}","title":"About ${TITLE}"}]}]\n`];
    expect(() => compilePreselectedForm(deferred(nextPage({ rows })))).toThrow(/part of a longer string/);
  });

  it("when a placeholder is inside a length-prefixed text row, whose length it would change", () => {
    const rows = [textRow("2f", `{"name":"${TITLE}"}`), `30:{"slug":"${SLUG}"}\n`];
    expect(() => compilePreselectedForm(deferred(nextPage({ rows })))).toThrow(/name is inside a text row/);
    const slugInText = [textRow("2f", `see /consultation/for/${SLUG}`), `30:{"title":"${TITLE}"}\n`];
    expect(() => compilePreselectedForm(deferred(nextPage({ rows: slugInText })))).toThrow(/slug is inside a text row/);
  });

  it("when the option's text does not carry the name", () => {
    expect(() => compilePreselectedForm(deferred(nextPage({ option: ">PRP facial<" })))).toThrow(
      /once as the option's text, found it 0 times/,
    );
  });
});
