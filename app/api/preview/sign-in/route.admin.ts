import { NextResponse } from "next/server";
import { EDITOR_COOKIE, EDITOR_SESSION_MS, isPreviewSecret, safeReturnPath, signEditorSession } from "@/lib/cms/editor-access";

// Exists only in builds with the editing UI. The sign-in form (app/(admin)/preview/sign-in) posts here.

/** A 303 to a path on this site; relative, so it stays on the host the editor typed. */
const seeOther = (location: string) => new NextResponse(null, { status: 303, headers: { location } });

export async function POST(request: Request) {
  // A form on another site must not sign a browser in (or probe the secret through it): browsers
  // say where a request comes from (Fetch Metadata); other clients would need the passphrase anyway.
  const site = request.headers.get("sec-fetch-site");
  if (site !== null && site !== "same-origin" && site !== "none")
    return new Response("Sign in from this site's own form.\n", { status: 403 });

  const form = await request.formData().catch(() => undefined);
  const next = safeReturnPath(form?.get("next")?.toString());
  const passphrase = form?.get("passphrase");
  const session = isPreviewSecret(typeof passphrase === "string" ? passphrase : undefined) ? signEditorSession() : undefined;
  if (!session) return seeOther(`/preview/sign-in?${new URLSearchParams({ next, error: "1" }).toString()}`);

  const response = seeOther(next);
  response.cookies.set(EDITOR_COOKIE, session, {
    httpOnly: true,
    sameSite: "lax",
    secure: new URL(request.url).protocol === "https:",
    path: "/",
    maxAge: EDITOR_SESSION_MS / 1000,
  });
  return response;
}
