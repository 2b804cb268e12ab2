import { NextResponse, type NextRequest } from "next/server";
import { buildNoncePolicy } from "./config/security-headers";
import { preselectableTreatments } from "./lib/consultation/page";
import { preselectedFormPage } from "./lib/consultation/preselected-page";
import { THANKS_PATH } from "./lib/consultation/path";
import { consultationSecret } from "./lib/consultation/secret";
import { databaseKnownDown } from "./lib/db/health";
import { newFormTicket, serializeTicket, TICKET_COOKIE } from "./lib/consultation/ticket";

// A consultation request is a few hundred bytes; Next's own limit for Server
// Action bodies answers with a 500, so refuse oversized posts here with a 413.
const MAX_BODY_BYTES = 32 * 1024;

/**
 * Runs in front of the consultation form.
 *   GET: serves the form with the requested treatment preselected (filled into
 *   the build's template, lib/consultation/preselected-form.ts), and hands this
 *   view of the form its ticket (lib/consultation/ticket.ts).
 *   POST (the form's Server Action): refuses, with a clear 4xx instead of
 *   Next's 500, bodies that are far too large and posts from another site
 *   (Next would refuse those too, less politely).
 */
export async function proxy(request: NextRequest) {
  if (request.nextUrl.pathname === THANKS_PATH) return withNonce(request);
  if (request.method === "GET" || request.method === "HEAD") return await serveForm(request);
  if (request.method !== "POST") return NextResponse.next();
  const length = Number(request.headers.get("content-length") ?? "0");
  if (!Number.isFinite(length) || length > MAX_BODY_BYTES) {
    return new NextResponse("This request is too large to send.", { status: 413 });
  }
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (origin) {
    let originHost: string | undefined;
    try {
      originHost = new URL(origin).host;
    } catch {
      originHost = undefined;
    }
    if (originHost !== host) return new NextResponse("Forms on this site can only be sent from this site.", { status: 403 });
  }
  return NextResponse.next();
}

// The published treatments are fixed for the life of a build: look them up once, not per request.
const preselectable = preselectableTreatments();
const production = process.env.NODE_ENV === "production";

async function serveForm(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  // The copies exist only for this proxy: /consultation/for/<slug> is not an address of the site. The 404
  // comes from a path outside this proxy's matcher: Next may proxy a rewrite as a new request (with -H),
  // and a rewrite to a path the proxy matches would then come back here, again and again. Under `next dev`
  // this proxy itself rewrites to the copies, so they pass.
  if (pathname !== "/consultation")
    return production ? NextResponse.rewrite(new URL("/consultation/not-an-address", request.url)) : NextResponse.next();
  const slug = searchParams.get("treatment");
  // An unknown or retired slug still gets the form, with nothing preselected.
  const treatment = slug === null ? undefined : preselectable.get(slug);
  // While the database is known to be down, the copy of the form that says so (without a preselection).
  // An RSC request for a preselected form gets the HTML too: the client router then loads it as a page.
  const response = databaseKnownDown()
    ? NextResponse.rewrite(new URL("/consultation/paused", request.url))
    : treatment === undefined
      ? NextResponse.next()
      : production
        ? new NextResponse(preselectedFormPage(treatment), { headers: { "Content-Type": "text/html; charset=utf-8" } })
        : NextResponse.rewrite(new URL(`/consultation/for/${treatment.slug}`, request.url));
  // A router prefetch is not a view of the form; a soft navigation to it is.
  if (request.headers.get("next-router-prefetch") === null) {
    // No secret means the database it is kept in did not answer in time (and CONSULTATION_SECRET
    // is unset): the form is still served, without a ticket, and a request sent from it gets
    // the "reload the page" answer, which is all that can be done until the database is back.
    const secret = await consultationSecret({ waitMs: 2000 });
    if (secret) {
      // A session cookie, as before: the ticket's maximum age is enforced by its signed time
      // (CONSULTATION_TICKET_MAX_AGE_SECONDS), not by the browser keeping or dropping it.
      response.cookies.set(TICKET_COOKIE, serializeTicket(newFormTicket(), secret), {
        httpOnly: true,
        sameSite: "strict",
        path: "/consultation",
        // Behind a TLS-terminating proxy the request reaching Next is plain HTTP.
        secure: request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https",
      });
    }
    // Each view gets its own ticket, so no shared cache may keep the response.
    response.headers.set("Cache-Control", "private, no-store");
  }
  return response;
}

/**
 * The thanks page is rendered per request, so Next's inline scripts are in its
 * HTML; they run under a nonce made for this response, never 'unsafe-inline'.
 * Next reads the nonce from the request's policy header and stamps its scripts.
 */
function withNonce(request: NextRequest) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const policy = buildNoncePolicy({ dev: process.env.NODE_ENV === "development", nonce });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  response.headers.set("Cache-Control", "private, no-store");
  return response;
}

export const config = { matcher: ["/consultation", "/consultation/for/:treatment", "/consultation/thanks"] };
