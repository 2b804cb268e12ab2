/**
 * Which consent wording a request agreed to. The wording lives in content
 * (a legal page's consentText, shown next to the form's checkbox); its
 * version is a digest of the text, so any edit, even a comma, makes a new
 * version without anyone having to remember to bump a number, and the same
 * wording always has the same version. Each stored request records it
 * (consultation_requests.consent_version); staff find the wording a version
 * stands for in the content's history (git log -p content/legal/).
 *
 * The form posts the version of the wording it showed (a hidden field), and
 * the Server Action stores that version, refusing one it does not know: a
 * page loaded before a deploy that changed the wording, and sent after it, is
 * not recorded as agreeing to words it never showed; the visitor is asked to
 * read the new wording and tick the box again.
 */
import { createHash } from "node:crypto";

/** "v1-" and the first 16 hex digits of the SHA-256 of the wording, whitespace runs collapsed. */
export function consentVersion(wording: string): string {
  const normalized = wording.trim().replace(/\s+/g, " ");
  return `v1-${createHash("sha256").update(normalized).digest("hex").slice(0, 16)}`;
}

export const CONSENT_VERSION_PATTERN = /^v1-[0-9a-f]{16}$/;
