import { describe, expect, it } from "vitest";
import { hiddenFieldsSchema } from "../../lib/consultation/schema";
import { idempotencyKeyFor, newFormTicket, parseTicket, serializeTicket, TICKET_CLOCK_SKEW_MS } from "../../lib/consultation/ticket";

const SECRET = "a-test-secret-that-is-long-enough-0123456789";
const HOUR = 3600_000;
const ISSUED = 1_795_000_000_000;
/** Checked a minute after it was issued, with an hour's maximum age. */
const check = { secret: SECRET, maxAgeMs: HOUR, now: ISSUED + 60_000 };

const answers = {
  name: "Alex Example",
  email: "alex@example.com",
  phone: "",
  contactMethod: "email",
  treatment: "prp-facial",
  timeWindow: "any",
  message: "",
  consent: "on",
};

describe("form tickets", () => {
  it("read back what they wrote", () => {
    const ticket = newFormTicket(ISSUED);
    expect(parseTicket(serializeTicket(ticket, SECRET), check)).toEqual(ticket);
  });

  it("refuse anything that is not a ticket", () => {
    const id = newFormTicket().id;
    const mac = serializeTicket({ id, issuedAt: ISSUED }, SECRET).split(".")[2];
    for (const value of [
      undefined,
      "",
      "abc",
      `${id}`,
      `${id}.`,
      `${id}.12a`,
      `${id}.1.2`,
      `not-a-uuid.123`,
      `${id}.1234567890123456`,
      `${id}.${ISSUED}.${mac}.x`,
      `not-a-uuid.${ISSUED}.${mac}`,
    ]) {
      expect(parseTicket(value, check), String(value)).toBeNull();
    }
  });

  it("refuse a made-up unsigned ticket, the kind that used to pass: <any uuid>.1", () => {
    expect(parseTicket(`${crypto.randomUUID()}.1`, check)).toBeNull();
    expect(parseTicket(`${crypto.randomUUID()}.${ISSUED}`, check)).toBeNull();
    expect(parseTicket(`${crypto.randomUUID()}.${ISSUED}.`, check)).toBeNull();
  });

  it("refuse a ticket whose time was edited (to skip the minimum fill time) or whose id was swapped", () => {
    const real = serializeTicket(newFormTicket(ISSUED), SECRET);
    const [id, , mac] = real.split(".");
    expect(parseTicket(`${id}.${ISSUED - 10_000}.${mac}`, check)).toBeNull();
    expect(parseTicket(`${crypto.randomUUID()}.${ISSUED}.${mac}`, check)).toBeNull();
    // A changed signature, even by one character, is no signature.
    const flipped = `${mac?.slice(0, -1)}${mac?.endsWith("A") ? "B" : "A"}`;
    expect(parseTicket(`${id}.${ISSUED}.${flipped}`, check)).toBeNull();
  });

  it("refuse another spelling of the right signature: the same bytes, written differently", () => {
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    for (let n = 0; n < 20; n++) {
      const [id, issued, mac = ""] = serializeTicket(newFormTicket(ISSUED), SECRET).split(".");
      // 32 bytes are 43 base64url characters, the last carrying 4 bits: its lowest bit is unused.
      const last = alphabet.indexOf(mac.slice(-1));
      const respelled = `${mac.slice(0, -1)}${alphabet[last ^ 1] ?? ""}`;
      expect(Buffer.from(respelled, "base64url")).toEqual(Buffer.from(mac, "base64url"));
      expect(parseTicket(`${id}.${issued}.${respelled}`, check)).toBeNull();
      // Characters outside the alphabet, which decoding skips.
      expect(parseTicket(`${id}.${issued}.${mac}!`, check)).toBeNull();
      expect(parseTicket(`${id}.${issued}.${mac}`, check)).not.toBeNull();
    }
  });

  it("refuse a ticket signed with another key", () => {
    const other = serializeTicket(newFormTicket(ISSUED), "another-secret-that-is-also-long-enough-99");
    expect(parseTicket(other, check)).toBeNull();
  });

  it("refuse a ticket past its maximum age, and one from the future beyond the clock skew", () => {
    const ticket = serializeTicket(newFormTicket(ISSUED), SECRET);
    expect(parseTicket(ticket, { ...check, now: ISSUED + HOUR })).not.toBeNull();
    expect(parseTicket(ticket, { ...check, now: ISSUED + HOUR + 1 })).toBeNull();
    expect(parseTicket(ticket, { ...check, now: ISSUED - TICKET_CLOCK_SKEW_MS })).not.toBeNull();
    expect(parseTicket(ticket, { ...check, now: ISSUED - TICKET_CLOCK_SKEW_MS - 1 })).toBeNull();
  });
});

describe("idempotency keys made from a ticket", () => {
  const ticket = newFormTicket();

  it("are the same for the same view sent again with the same answers", () => {
    expect(idempotencyKeyFor(ticket, answers)).toBe(idempotencyKeyFor({ ...ticket }, { ...answers }));
  });

  it("differ when the answers differ (two tabs share one cookie) or the view differs", () => {
    const key = idempotencyKeyFor(ticket, answers);
    expect(idempotencyKeyFor(ticket, { ...answers, treatment: "prp-hair-restoration" })).not.toBe(key);
    expect(idempotencyKeyFor(ticket, { ...answers, message: "Mornings" })).not.toBe(key);
    expect(idempotencyKeyFor(newFormTicket(), answers)).not.toBe(key);
  });

  it("ignore fields that are not answers, and pass the same check as a key made by the browser", () => {
    const key = idempotencyKeyFor(ticket, answers);
    expect(idempotencyKeyFor(ticket, { ...answers, website: "", $ACTION_KEY: "k1" })).toBe(key);
    expect(hiddenFieldsSchema.safeParse({ idempotencyKey: key, renderedAt: "1" }).success).toBe(true);
    expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
