import { describe, expect, it } from "vitest";
import { hiddenFieldsSchema } from "../../lib/consultation/schema";
import { idempotencyKeyFor, newFormTicket, parseTicket, serializeTicket } from "../../lib/consultation/ticket";

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
    const ticket = newFormTicket(1_795_000_000_000);
    expect(parseTicket(serializeTicket(ticket))).toEqual(ticket);
  });

  it("refuse anything that is not a ticket", () => {
    const id = newFormTicket().id;
    for (const value of [undefined, "", "abc", `${id}`, `${id}.`, `${id}.12a`, `${id}.1.2`, `not-a-uuid.123`, `${id}.1234567890123456`]) {
      expect(parseTicket(value), String(value)).toBeNull();
    }
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
