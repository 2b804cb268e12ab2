/**
 * The keys the limits count, without a database: normalised contacts and
 * keyed, rotating hashes. The database half is in storage.test.ts.
 */
import { createHash } from "node:crypto";
import { describe, expect, test } from "vitest";
import { addressBucket, normalizeEmail, normalizePhone, rateLimitKeys, windowStartFor } from "@/lib/consultation/rate-limit";

const SECRET = "a-test-secret-that-is-long-enough-0123456789";
const WINDOW = windowStartFor(new Date("2025-06-02T10:00:00.000Z"), 3600);
const options = { secret: SECRET, windowStart: WINDOW, phoneCountryCode: "1" };

describe("one mailbox is one key", () => {
  test("case, spaces and +tags make no new key", () => {
    for (const variant of ["jane@example.com", " Jane@Example.COM ", "jane+1@example.com", "JANE+clinic+x@example.com"]) {
      expect(normalizeEmail(variant), variant).toBe("jane@example.com");
    }
  });

  test("different mailboxes stay different (dots count; a lone + is kept)", () => {
    expect(normalizeEmail("j.ane@example.com")).toBe("j.ane@example.com");
    expect(normalizeEmail("jane@example.org")).not.toBe(normalizeEmail("jane@example.com"));
    expect(normalizeEmail("+tag@example.com")).toBe("+tag@example.com");
  });
});

describe("one phone number is one key", () => {
  test("North America (country code 1): with or without +1, 1, 001 or 011, however spaced", () => {
    for (const variant of [
      "+1 503 555 0142",
      "+1 (503) 555-0142",
      "1-503-555-0142",
      "(503) 555-0142",
      "503.555.0142",
      "001 503 555 0142",
      "011 1 503 555 0142",
    ]) {
      expect(normalizePhone(variant, "1"), variant).toBe("15035550142");
    }
  });

  test("a trunk 0 country (44): national, international and the (0) habit agree", () => {
    for (const variant of ["020 7946 0958", "+44 20 7946 0958", "+44 (0)20 7946 0958", "0044 20 7946 0958"]) {
      expect(normalizePhone(variant, "44"), variant).toBe("442079460958");
    }
  });

  test("different numbers stay different, and no digits is no key", () => {
    expect(normalizePhone("+1 503 555 0143", "1")).not.toBe(normalizePhone("+1 503 555 0142", "1"));
    expect(normalizePhone("+44 20 7946 0958", "1")).toBe("442079460958");
    expect(normalizePhone("---", "1")).toBeNull();
  });
});

describe("addresses", () => {
  test("IPv6 counts by its /64, so one network cannot rotate through 2^64 addresses", () => {
    expect(addressBucket("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(addressBucket("2001:db8:1:2:ffff:ffff:ffff:ffff")).toBe("2001:db8:1:2::/64");
    expect(addressBucket("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(addressBucket("::1")).toBe("0:0:0:0::/64");
    expect(addressBucket("2001:db8:1:3::1")).not.toBe(addressBucket("2001:db8:1:2::1"));
    expect(addressBucket("203.0.113.9")).toBe("203.0.113.9");
  });
});

describe("rate-limit keys", () => {
  const subject = { clientAddress: "203.0.113.9", email: "jane@example.com", phone: "+1 503 555 0142" };

  test("ten +tag variants of one address and every spelling of one number give the same keys", () => {
    const keys = rateLimitKeys(subject, options);
    for (let i = 0; i < 10; i++) {
      expect(rateLimitKeys({ ...subject, email: `Jane+${i}@example.com`, phone: "(503) 555-0142" }, options)).toEqual(keys);
    }
  });

  test("are keyed: no bare SHA-256 of the value, and another secret gives other keys", () => {
    const keys = rateLimitKeys(subject, options);
    const all = [keys.address, ...keys.contacts];
    expect(all).toHaveLength(3);
    for (const key of all) expect(key).toMatch(/^(address|contact):[0-9a-f]{64}$/);
    const bare = [
      "203.0.113.9",
      "address\u0000203.0.113.9",
      "email:jane@example.com",
      "contact\u0000email:jane@example.com",
      "contact\u0000phone:15035550142",
      "15035550142",
    ].map((value) => createHash("sha256").update(value).digest("hex"));
    for (const key of all) expect(bare).not.toContain(key?.split(":")[1]);
    const other = rateLimitKeys(subject, { ...options, secret: "another-secret-that-is-also-long-enough-99" });
    for (const key of [other.address, ...other.contacts]) expect(all).not.toContain(key);
  });

  test("rotate: the same person has other keys in the next window", () => {
    const now = rateLimitKeys(subject, options);
    const next = rateLimitKeys(subject, { ...options, windowStart: new Date(WINDOW.getTime() + 3600_000) });
    expect(next.address).not.toBe(now.address);
    for (const key of next.contacts) expect(now.contacts).not.toContain(key);
  });

  test("an unknown address gives no address key; the contacts still count", () => {
    const keys = rateLimitKeys({ ...subject, clientAddress: null }, options);
    expect(keys.address).toBeNull();
    expect(keys.contacts).toHaveLength(2);
  });
});
