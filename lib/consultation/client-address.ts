/**
 * The visitor's address, for rate limiting only (it is hashed and never
 * stored as is).
 *
 * Each proxy appends the address it received the request from to
 * X-Forwarded-For. With n trusted proxies in front of the site, the last n
 * entries were written by them, and the entry at index length - n (the n-th
 * from the right) is the address the outermost trusted proxy saw: the
 * client. Anything to its left was sent by the client and may be forged.
 *
 *   client -> proxy A -> proxy B -> site, TRUSTED_PROXIES=2
 *   X-Forwarded-For: "<client>, <A>"  socket: <B>  =>  <client>
 *
 * With TRUSTED_PROXIES=0, or fewer entries than trusted hops, the socket's
 * address is used, and X-Forwarded-For is never read: the socket's address
 * comes from the header the server stamps on each request itself
 * (peer-address.ts), because Next keeps a client's own X-Forwarded-For. When the entry a trusted proxy wrote is not an IP address
 * ("unknown"), the result is null: the socket is then the proxy itself, and
 * keying on it would put every visitor in one rate-limit bucket (the limit by
 * email or phone still applies).
 */
import { isIP } from "node:net";
import { PEER_ADDRESS_HEADER } from "./peer-address";

export interface ClientAddressInput {
  forwardedFor: string | null;
  socketAddress: string | null;
  trustedProxies: number;
}

/** "1.2.3.4:5678" -> "1.2.3.4", "[::1]:80" -> "::1", "::ffff:1.2.3.4" -> "1.2.3.4"; null when not an IP. */
export function normalizeAddress(value: string | null | undefined): string | null {
  if (!value) return null;
  let address = value.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed?.[1]) address = bracketed[1];
  else if (/^[\d.]+:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(":"));
  const zone = address.indexOf("%");
  if (zone !== -1 && isIP(address.slice(0, zone)) === 6) address = address.slice(0, zone);
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1]) address = mapped[1];
  const version = isIP(address);
  if (version === 4) return address;
  if (version === 6) return address.toLowerCase();
  return null;
}

export function clientAddress({ forwardedFor, socketAddress, trustedProxies }: ClientAddressInput): string | null {
  const socket = normalizeAddress(socketAddress);
  const hops = Number.isSafeInteger(trustedProxies) && trustedProxies > 0 ? trustedProxies : 0;
  if (hops === 0 || !forwardedFor) return socket;
  const entries = forwardedFor.split(",").map((entry) => entry.trim());
  if (entries.length < hops) return socket;
  return normalizeAddress(entries[entries.length - hops]);
}

/** The client address of a request, from its headers (the Server Action's headers()). */
export function clientAddressFromHeaders(headers: { get(name: string): string | null }, trustedProxies: number): string | null {
  return clientAddress({
    forwardedFor: headers.get("x-forwarded-for"),
    socketAddress: headers.get(PEER_ADDRESS_HEADER),
    trustedProxies,
  });
}
