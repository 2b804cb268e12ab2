import { NextResponse, type NextRequest } from "next/server";

// A consultation request is a few hundred bytes; Next's own limit for Server
// Action bodies answers with a 500, so refuse oversized posts here with a 413.
const MAX_BODY_BYTES = 32 * 1024;

/**
 * Runs before the consultation form's Server Action. Refuses, with a clear
 * 4xx instead of Next's 500, bodies that are far too large and posts from
 * another site (Next would refuse those too, less politely).
 */
export function proxy(request: NextRequest) {
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

export const config = { matcher: ["/consultation"] };
