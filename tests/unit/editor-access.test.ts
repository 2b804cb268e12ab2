import { afterEach, beforeEach, describe, expect, test } from "vitest";
import {
  checkPreviewLink,
  EDITOR_SESSION_MS,
  isEditorSession,
  isPreviewSecret,
  PREVIEW_LINK_MS,
  safeReturnPath,
  signEditorSession,
  signPreviewLink,
} from "@/lib/cms/editor-access";

const SECRET = "unit-preview-secret-0123456789";
const now = new Date("2026-12-02T10:00:00Z");
const later = (ms: number) => new Date(now.getTime() + ms);
const paramsOf = (link: string | undefined) => new URL(link ?? "/", "http://site.test").searchParams;
const target = { collection: "treatments", slug: "prp-facial" } as const;

let saved: string | undefined;
beforeEach(() => {
  saved = process.env.PREVIEW_SECRET;
  process.env.PREVIEW_SECRET = SECRET;
});
afterEach(() => {
  if (saved === undefined) delete process.env.PREVIEW_SECRET;
  else process.env.PREVIEW_SECRET = saved;
});

describe("signed preview links", () => {
  test("a link the server signed opens that document's preview until it expires, and not after", () => {
    const link = signPreviewLink(target, now);
    expect(link).not.toContain(SECRET);
    expect(checkPreviewLink(paramsOf(link), later(PREVIEW_LINK_MS - 1000))).toBe("valid");
    expect(checkPreviewLink(paramsOf(link), later(PREVIEW_LINK_MS + 1000))).toBe("expired");
  });

  test("a link edited to another document, or to a later expiry, is refused", () => {
    const params = paramsOf(signPreviewLink(target, now));
    const otherSlug = new URLSearchParams(params);
    otherSlug.set("slug", "prp-hair-restoration");
    expect(checkPreviewLink(otherSlug, now)).toBe("invalid");
    const longer = new URLSearchParams(params);
    longer.set("expires", String(Number(params.get("expires")) + 60_000));
    expect(checkPreviewLink(longer, now)).toBe("invalid");
  });

  test("a link signed under another secret, or a forged far-future one, is refused", () => {
    process.env.PREVIEW_SECRET = "another-preview-secret-98765";
    const foreign = paramsOf(signPreviewLink(target, now));
    process.env.PREVIEW_SECRET = SECRET;
    expect(checkPreviewLink(foreign, now)).toBe("invalid");
    // Signed properly but for a year from now: more than a link's lifetime is never accepted.
    const farFuture = paramsOf(signPreviewLink(target, later(365 * 24 * 3600 * 1000)));
    expect(checkPreviewLink(farFuture, now)).toBe("invalid");
  });

  test("the secret itself, as the old links carried it, no longer opens a preview", () => {
    const params = new URLSearchParams({ collection: "treatments", slug: "prp-facial", secret: SECRET });
    expect(checkPreviewLink(params, now)).toBe("absent");
  });

  test("with no PREVIEW_SECRET on the server nothing is signed and nothing passes", () => {
    const link = signPreviewLink(target, now);
    delete process.env.PREVIEW_SECRET;
    expect(signPreviewLink(target, now)).toBeUndefined();
    expect(checkPreviewLink(paramsOf(link), now)).toBe("invalid");
    expect(isPreviewSecret("")).toBe(false);
  });
});

describe("the editor cookie", () => {
  test("is accepted for its 8 hours and refused after", () => {
    const cookie = signEditorSession(now);
    expect(cookie).not.toContain(SECRET);
    expect(isEditorSession(cookie, later(EDITOR_SESSION_MS - 1000))).toBe(true);
    expect(isEditorSession(cookie, later(EDITOR_SESSION_MS + 1000))).toBe(false);
  });

  test("cannot be stretched, forged or swapped with a preview link's signature", () => {
    const cookie = signEditorSession(now) ?? "";
    const [expires, signature] = cookie.split(".");
    expect(isEditorSession(`${Number(expires) + 3_600_000}.${signature}`, now)).toBe(false);
    expect(isEditorSession(`${expires}.${"A".repeat(43)}`, now)).toBe(false);
    const link = paramsOf(signPreviewLink(target, now));
    expect(isEditorSession(`${link.get("expires")}.${link.get("signature")}`, now)).toBe(false);
    expect(isEditorSession(undefined, now)).toBe(false);
  });

  test("the passphrase must be exactly the secret", () => {
    expect(isPreviewSecret(SECRET)).toBe(true);
    expect(isPreviewSecret(`${SECRET} `)).toBe(false);
    expect(isPreviewSecret(SECRET.slice(0, -1))).toBe(false);
    expect(isPreviewSecret(null)).toBe(false);
  });
});

describe("after signing in", () => {
  test.each([
    "https://evil.example/keystatic",
    "//evil.example/keystatic",
    "/\\evil.example",
    "/keystatic.evil.example",
    "/consultation",
    "javascript:alert(1)",
  ])("the editor is never sent to %s", (next) => {
    expect(safeReturnPath(next)).toBe("/keystatic");
  });

  test("the editor goes back to the editor page or preview they came from", () => {
    expect(safeReturnPath("/keystatic/collection/treatments/item/prp-facial")).toBe("/keystatic/collection/treatments/item/prp-facial");
    expect(safeReturnPath("/api/preview?collection=treatments&slug=prp-facial")).toBe("/api/preview?collection=treatments&slug=prp-facial");
  });
});
