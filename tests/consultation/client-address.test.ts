import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, test } from "vitest";
import { clientAddress, clientAddressFromHeaders, normalizeAddress } from "@/lib/consultation/client-address";
import { installPeerAddressHeader, PEER_ADDRESS_HEADER } from "@/lib/consultation/peer-address";

describe("the address a request is rate-limited by", () => {
  const cases: [string, { forwardedFor: string | null; socketAddress: string | null; trustedProxies: number }, string | null][] = [
    [
      "no proxies trusted: the socket, whatever X-Forwarded-For says",
      { forwardedFor: "198.51.100.7", socketAddress: "203.0.113.5", trustedProxies: 0 },
      "203.0.113.5",
    ],
    [
      "one proxy: the entry it appended (the last one)",
      { forwardedFor: "198.51.100.7", socketAddress: "10.0.0.2", trustedProxies: 1 },
      "198.51.100.7",
    ],
    [
      "one proxy: a forged entry on the left is ignored",
      { forwardedFor: "6.6.6.6, 198.51.100.7", socketAddress: "10.0.0.2", trustedProxies: 1 },
      "198.51.100.7",
    ],
    [
      "two proxies: the second entry from the right",
      { forwardedFor: "6.6.6.6, 198.51.100.7, 10.0.0.1", socketAddress: "10.0.0.2", trustedProxies: 2 },
      "198.51.100.7",
    ],
    [
      "two proxies, exactly two entries: the first",
      { forwardedFor: "198.51.100.7, 10.0.0.1", socketAddress: "10.0.0.2", trustedProxies: 2 },
      "198.51.100.7",
    ],
    [
      "fewer entries than trusted hops: the socket",
      { forwardedFor: "198.51.100.7", socketAddress: "10.0.0.2", trustedProxies: 2 },
      "10.0.0.2",
    ],
    ["a trusted proxy but no header: the socket", { forwardedFor: null, socketAddress: "10.0.0.2", trustedProxies: 1 }, "10.0.0.2"],
    ["an empty header: the socket", { forwardedFor: "", socketAddress: "10.0.0.2", trustedProxies: 1 }, "10.0.0.2"],
    [
      "spaces around entries do not matter",
      { forwardedFor: " 6.6.6.6 ,  198.51.100.7 ", socketAddress: "10.0.0.2", trustedProxies: 1 },
      "198.51.100.7",
    ],
    [
      "an IPv4 entry with a port loses the port",
      { forwardedFor: "198.51.100.7:54321", socketAddress: "10.0.0.2", trustedProxies: 1 },
      "198.51.100.7",
    ],
    [
      "a bracketed IPv6 entry with a port",
      { forwardedFor: "[2001:DB8::1]:443", socketAddress: "10.0.0.2", trustedProxies: 1 },
      "2001:db8::1",
    ],
    ["a plain IPv6 entry", { forwardedFor: "2001:db8::7", socketAddress: "10.0.0.2", trustedProxies: 1 }, "2001:db8::7"],
    ["an entry the proxy wrote as 'unknown': no address", { forwardedFor: "unknown", socketAddress: "10.0.0.2", trustedProxies: 1 }, null],
    [
      "an IPv4-mapped socket address is shown as IPv4",
      { forwardedFor: null, socketAddress: "::ffff:203.0.113.5", trustedProxies: 0 },
      "203.0.113.5",
    ],
    ["no socket address and no proxies: unknown", { forwardedFor: "198.51.100.7", socketAddress: null, trustedProxies: 0 }, null],
    [
      "a negative proxy count is treated as none",
      { forwardedFor: "198.51.100.7", socketAddress: "203.0.113.5", trustedProxies: -1 },
      "203.0.113.5",
    ],
  ];
  for (const [name, input, expected] of cases) {
    test(name, () => {
      expect(clientAddress(input)).toBe(expected);
    });
  }
});

describe("address normalisation", () => {
  test("anything that is not an IP address is null", () => {
    for (const value of ["", "   ", "localhost", "1.2.3", "999.1.1.1", "<script>", null, undefined]) {
      expect(normalizeAddress(value)).toBeNull();
    }
  });

  test("an IPv6 zone index is dropped", () => {
    expect(normalizeAddress("fe80::1%eth0")).toBe("fe80::1");
  });
});

describe("the address of a request to a real HTTP server", () => {
  /** Serves one request with the peer-address stamp installed and answers with the address the limits would use. */
  async function addressSeen(headers: Record<string, string>, trustedProxies: number): Promise<string> {
    installPeerAddressHeader();
    const server = createServer((request, response) => {
      const get = (name: string) => {
        const value = request.headers[name];
        return typeof value === "string" ? value : null;
      };
      response.end(String(clientAddressFromHeaders({ get }, trustedProxies)));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      return await (await fetch(`http://127.0.0.1:${port}/`, { headers })).text();
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  }

  test("with no proxies trusted, a client's own X-Forwarded-For and a forged stamp are ignored: the connection's address counts", async () => {
    for (const forged of ["198.51.100.7", "6.6.6.6, 198.51.100.7"]) {
      expect(await addressSeen({ "x-forwarded-for": forged, [PEER_ADDRESS_HEADER]: "192.0.2.1" }, 0)).toBe("127.0.0.1");
    }
    expect(await addressSeen({}, 0)).toBe("127.0.0.1");
  });

  test("with one trusted proxy, the entry it appended counts", async () => {
    expect(await addressSeen({ "x-forwarded-for": "6.6.6.6, 198.51.100.7" }, 1)).toBe("198.51.100.7");
  });
});
