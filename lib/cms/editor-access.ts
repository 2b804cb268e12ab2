/**
 * Who may see drafts (issue 16): the draft preview and the editing UI's
 * compliance findings show unpublished copy, so they need an editor.
 *
 * PREVIEW_SECRET never leaves the server. An editor types it once into
 * /preview/sign-in and gets an editor cookie (HttpOnly, signed, 8 hours). The
 * editor's Preview button then asks the server for a preview link; the server
 * signs one for that document that works for 15 minutes (it can be sent to a
 * colleague who reviews the page), and that link switches on draft mode.
 *
 * Signatures are HMAC-SHA256 under keys derived from the secret, one per use,
 * so a session cookie can never pass as a preview link or the reverse.
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import { previewSecret } from "../env";

export const EDITOR_COOKIE = "clinic-editor";
export const EDITOR_SESSION_MS = 8 * 60 * 60 * 1000;
export const PREVIEW_LINK_MS = 15 * 60 * 1000;

export const previewConfigured = (): boolean => previewSecret() !== undefined;

function equal(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function sign(purpose: "editor-session" | "preview-link", payload: string): string | undefined {
  const secret = previewSecret();
  if (!secret) return undefined;
  const key = createHmac("sha256", secret).update(purpose).digest();
  return createHmac("sha256", key).update(payload).digest("base64url");
}

/** True only when a secret is configured and the editor typed exactly it. */
export function isPreviewSecret(given: string | null | undefined): boolean {
  const expected = previewSecret();
  return expected !== undefined && typeof given === "string" && equal(given, expected);
}

/** The editor cookie's value: "<expiry ms>.<signature>", or undefined with no secret configured. */
export function signEditorSession(now: Date = new Date()): string | undefined {
  const expires = String(now.getTime() + EDITOR_SESSION_MS);
  const signature = sign("editor-session", expires);
  return signature && `${expires}.${signature}`;
}

/** True for an editor cookie this server signed that has not expired. */
export function isEditorSession(value: string | undefined, now: Date = new Date()): boolean {
  const match = /^(\d{13})\.([\w-]{43})$/.exec(value ?? "");
  if (!match) return false;
  const [, expires = "", signature = ""] = match;
  const expected = sign("editor-session", expires);
  const left = Number(expires) - now.getTime();
  return expected !== undefined && equal(signature, expected) && left > 0 && left <= EDITOR_SESSION_MS;
}

export interface PreviewTarget {
  collection: "treatments";
  slug: string;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** collection and slug from a query string, when they name something the preview can show. */
export function previewTarget(params: URLSearchParams): PreviewTarget | undefined {
  const slug = params.get("slug") ?? "";
  return params.get("collection") === "treatments" && SLUG.test(slug) ? { collection: "treatments", slug } : undefined;
}

const linkPayload = ({ collection, slug }: PreviewTarget, expires: string) => `${collection}/${slug}/${expires}`;

/** A preview link for one document, good for PREVIEW_LINK_MS; undefined with no secret configured. */
export function signPreviewLink(target: PreviewTarget, now: Date = new Date()): string | undefined {
  const expires = String(now.getTime() + PREVIEW_LINK_MS);
  const signature = sign("preview-link", linkPayload(target, expires));
  if (!signature) return undefined;
  const query = new URLSearchParams({ collection: target.collection, slug: target.slug, expires, signature });
  return `/api/preview?${query.toString()}`;
}

export type PreviewLinkCheck = "valid" | "expired" | "invalid" | "absent";

/** Whether a query string carries a preview link this server signed for that document, still in time. */
export function checkPreviewLink(params: URLSearchParams, now: Date = new Date()): PreviewLinkCheck {
  const expires = params.get("expires");
  const signature = params.get("signature");
  if (expires === null && signature === null) return "absent";
  const target = previewTarget(params);
  if (!target || !expires || !/^\d{13}$/.test(expires) || !signature) return "invalid";
  const expected = sign("preview-link", linkPayload(target, expires));
  if (expected === undefined || !equal(signature, expected)) return "invalid";
  const left = Number(expires) - now.getTime();
  if (left > PREVIEW_LINK_MS) return "invalid";
  return left > 0 ? "valid" : "expired";
}

/** Where to go after signing in: only the editor's own pages, never another site. */
export function safeReturnPath(next: string | null | undefined): string {
  return typeof next === "string" && /^\/(?:keystatic|api\/preview)(?:[/?#]|$)/.test(next) && !next.includes("\\") ? next : "/keystatic";
}
