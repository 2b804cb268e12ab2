/**
 * The address of the TCP connection a request came in on, for clientAddress().
 *
 * Next 16 gives application code no socket. A Server Action sees only
 * headers(), and proxy.ts a NextRequest built from the headers. The one place
 * Next copies the socket's address is base-server.js:
 *
 *   req.headers['x-forwarded-for'] ??= originalRequest.socket.remoteAddress
 *
 * `??=`: only when the request has no X-Forwarded-For. A client that sends its
 * own keeps it verbatim, so with no proxy in front, "the last X-Forwarded-For
 * entry" is whatever the client wrote (a rotating forged value walked straight
 * around the per-address limit).
 *
 * So the server stamps the address itself: Node publishes every incoming
 * request on the `http.server.request.start` diagnostics channel, with its
 * socket, before the server's 'request' event runs Next's handler. The
 * subscriber below sets PEER_ADDRESS_HEADER to socket.remoteAddress,
 * replacing anything a client sent under that name. `next start` serves in
 * one process and awaits instrumentation.ts's register() (which installs this)
 * before it answers a request, so every request the site handles carries it.
 * Where it is missing (the subscriber was not installed), the address is
 * unknown and the limits that need no address (per email or phone, and the
 * global cap) carry the load; X-Forwarded-For is used only as far as
 * TRUSTED_PROXIES says.
 */
import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage } from "node:http";
import type { Socket } from "node:net";

export const PEER_ADDRESS_HEADER = "x-clinic-peer-address";

const INSTALLED = Symbol.for("clinic.consultation.peer-address");
const flags = globalThis as typeof globalThis & { [INSTALLED]?: boolean };

/** Stamps every request this process's HTTP servers receive with its socket's address (idempotent). */
export function installPeerAddressHeader(): void {
  if (flags[INSTALLED]) return;
  flags[INSTALLED] = true;
  subscribe("http.server.request.start", (message) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket };
    request.headers[PEER_ADDRESS_HEADER] = socket.remoteAddress ?? "";
  });
}
