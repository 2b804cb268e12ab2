import { describe, expect, test } from "vitest";
import type { Database } from "@/lib/db/client";
import { MAX_MESSAGE_LENGTH, MESSAGES, validateConsultation } from "@/lib/consultation/schema";
import { submitConsultation, type SubmitResult } from "@/lib/consultation/submit";
import { form, NOW, recordingLogger, TREATMENTS } from "./support";

/** Anything that reaches the database here is a bug: these submissions must be refused first. */
const untouchable = new Proxy(
  {},
  {
    get() {
      throw new Error("the database was used");
    },
  },
) as Database;

const settings = { minFillMs: 3000, rateLimit: 5, rateWindowSeconds: 3600, globalLimit: 100, phoneCountryCode: "1", notify: false };

function submit(input: Record<string, string | undefined>, logger = recordingLogger()): Promise<SubmitResult> {
  return submitConsultation(
    input,
    { clientAddress: "203.0.113.9", now: NOW, treatmentSlugs: TREATMENTS, consentVersion: "v1-0000000000000000" },
    { db: untouchable, settings, logger },
  );
}

async function fieldErrors(overrides: Record<string, string | undefined>) {
  const result = await submit(form(overrides));
  if (result.ok || result.kind !== "invalid") throw new Error(`expected field errors, got ${JSON.stringify(result)}`);
  return result.fieldErrors;
}

describe("each field tells the person what to fix", () => {
  const cases: [string, Record<string, string | undefined>, string, string][] = [
    ["an empty name", { name: "   " }, "name", MESSAGES.nameMissing],
    ["a missing name", { name: undefined }, "name", MESSAGES.nameMissing],
    ["a 101-character name", { name: "a".repeat(101) }, "name", MESSAGES.nameTooLong],
    ["an email without a domain", { email: "jane@" }, "email", MESSAGES.emailInvalid],
    ["an email with a space", { email: "jane doe@example.com" }, "email", MESSAGES.emailInvalid],
    ["a phone number with letters", { phone: "call me maybe", contactMethod: "phone" }, "phone", MESSAGES.phoneInvalid],
    ["a phone number with too few digits", { phone: "555 01", contactMethod: "phone" }, "phone", MESSAGES.phoneInvalid],
    ["no contact method", { contactMethod: undefined }, "contactMethod", MESSAGES.contactMethod],
    ["a contact method that is not offered", { contactMethod: "pigeon" }, "contactMethod", MESSAGES.contactMethod],
    ["no treatment chosen", { treatment: "" }, "treatment", MESSAGES.treatmentMissing],
    ["a treatment that is not published", { treatment: "botox-deluxe" }, "treatment", MESSAGES.treatmentUnknown],
    ["a treatment that is not even a slug", { treatment: "../../etc/passwd" }, "treatment", MESSAGES.treatmentUnknown],
    ["no time of day", { timeWindow: "" }, "timeWindow", MESSAGES.timeWindow],
    ["a time of day that is not offered", { timeWindow: "midnight" }, "timeWindow", MESSAGES.timeWindow],
    ["a message over the limit", { message: "x".repeat(MAX_MESSAGE_LENGTH + 1) }, "message", MESSAGES.messageTooLong],
    ["consent not ticked", { consent: undefined }, "consent", MESSAGES.consent],
    ["consent with an odd value", { consent: "false" }, "consent", MESSAGES.consent],
  ];
  for (const [what, overrides, field, message] of cases) {
    test(`${what} is refused on the ${field} field with "${message}"`, async () => {
      expect(await fieldErrors(overrides)).toEqual({ [field]: message });
    });
  }

  test("neither an email nor a phone number asks for one of them", async () => {
    expect(await fieldErrors({ email: "", phone: "  " })).toEqual({ email: MESSAGES.contactMissing });
  });

  test("choosing phone without giving a number asks for the number", async () => {
    expect(await fieldErrors({ contactMethod: "phone" })).toEqual({ phone: MESSAGES.phoneForMethod });
  });

  test("choosing email while giving only a phone number asks for the email", async () => {
    expect(await fieldErrors({ email: "", phone: "+1 503 555 0142" })).toEqual({ email: MESSAGES.emailForMethod });
  });

  test("every problem is reported at once, and what was typed comes back", async () => {
    const input = form({ name: "", email: "nope", consent: undefined, message: "Hello" });
    const result = await submit(input);
    expect(result).toEqual({
      ok: false,
      kind: "invalid",
      fieldErrors: { name: MESSAGES.nameMissing, email: MESSAGES.emailInvalid, consent: MESSAGES.consent },
      values: {
        name: "",
        email: "nope",
        phone: "",
        contactMethod: "email",
        treatment: "prp-facial",
        timeWindow: "morning",
        message: "Hello",
      },
    });
  });
});

describe("control characters", () => {
  test("a newline in the message is kept, and a browser's \\r\\n becomes \\n", () => {
    const result = validateConsultation(form({ message: "Line one\r\nLine two\nLine three" }), TREATMENTS);
    expect(result).toMatchObject({ ok: true, data: { message: "Line one\nLine two\nLine three" } });
  });

  for (const [name, char] of [
    ["a NUL", "\u0000"],
    ["a tab", "\t"],
    ["an escape", "\u001b"],
    ["a DEL", "\u007f"],
    ["a C1 control", "\u0085"],
  ] as const) {
    test(`${name} in the message is a field error`, async () => {
      expect(await fieldErrors({ message: `Hi${char}there` })).toEqual({ message: MESSAGES.messageControl });
    });
  }

  test("a newline or NUL in the name is a field error", async () => {
    expect(await fieldErrors({ name: "Jane\nExample" })).toEqual({ name: MESSAGES.nameControl });
    expect(await fieldErrors({ name: "Jane\u0000" })).toEqual({ name: MESSAGES.nameControl });
  });

  test("a line break hidden in the email or phone is a field error", async () => {
    expect(await fieldErrors({ email: "jane@example.com\r\nBcc: x@y.z" })).toEqual({ email: MESSAGES.emailInvalid });
    expect(await fieldErrors({ phone: "503 555\n0142" })).toEqual({ phone: MESSAGES.phoneInvalid });
  });
});

describe("what a valid request becomes", () => {
  test("text is trimmed, empty optional fields are null and consent is true", () => {
    const result = validateConsultation(form({ name: "  Jane  ", phone: "  ", message: "   " }), TREATMENTS);
    expect(result).toEqual({
      ok: true,
      data: {
        name: "Jane",
        email: "jane@example.com",
        phone: null,
        contactMethod: "email",
        treatment: "prp-facial",
        timeWindow: "morning",
        message: null,
        consent: true,
      },
    });
  });

  test("a message of exactly the maximum length is accepted", () => {
    expect(validateConsultation(form({ message: "x".repeat(MAX_MESSAGE_LENGTH) }), TREATMENTS).ok).toBe(true);
  });

  test("a phone-only request is accepted", () => {
    const result = validateConsultation(form({ email: "", phone: "+1 (503) 555-0142", contactMethod: "phone" }), TREATMENTS);
    expect(result).toMatchObject({ ok: true, data: { email: null, phone: "+1 (503) 555-0142" } });
  });
});

describe("forms that are not ours are refused without a field error", () => {
  const badRequest = async (input: Record<string, unknown>) => {
    const result = await submit(input as Record<string, string | undefined>);
    expect(result).toMatchObject({ ok: false, kind: "bad_request" });
    return result;
  };

  test("an unknown field", async () => {
    await badRequest(form({ dateOfBirth: "1980-01-01" }));
  });

  test("a field that is not a string", async () => {
    await badRequest({ ...form(), message: 42 });
    await badRequest({ ...form(), name: ["Jane", "Joe"] });
  });

  test("more than 10 kB in total", async () => {
    const result = await badRequest(form({ message: "x".repeat(10_001) }));
    expect(result).toMatchObject({ message: expect.stringContaining("too large") });
  });

  test("a missing or malformed idempotency key", async () => {
    await badRequest(form({ idempotencyKey: undefined }));
    await badRequest(form({ idempotencyKey: "1; drop table" }));
  });

  test("a missing or malformed render time", async () => {
    await badRequest(form({ renderedAt: undefined }));
    await badRequest(form({ renderedAt: "yesterday" }));
  });

  test("Next.js's own $ACTION_ fields are ignored", async () => {
    const result = await submit(form({ $ACTION_REF_1: "", "$ACTION_1:0": '{"id":"abc","bound":"$@1"}', $ACTION_KEY: "k1", name: "" }));
    expect(result).toMatchObject({ ok: false, kind: "invalid", fieldErrors: { name: MESSAGES.nameMissing } });
  });
});

describe("bots are told nothing about why", () => {
  test("a filled honeypot and a too-fast form get the same answer", async () => {
    const honeypot = await submit(form({ website: "http://spam.example" }));
    const tooFast = await submit(form({ renderedAt: String(NOW.getTime() - 1000) }));
    expect(honeypot).toMatchObject({ ok: false, kind: "spam" });
    expect(tooFast).toEqual(honeypot);
  });

  test("a render time in the future counts as too fast", async () => {
    expect(await submit(form({ renderedAt: String(NOW.getTime() + 60_000) }))).toMatchObject({ kind: "spam" });
  });
});

describe("log lines", () => {
  test("an invalid submission logs its outcome and time, and nothing the person typed", async () => {
    const logger = recordingLogger();
    await submit(
      form({ name: "Jane Secret", email: "secret@example.com", phone: "+1 503 555 0199", message: "private", consent: undefined }),
      logger,
    );
    expect(logger.lines).toHaveLength(1);
    expect(logger.lines[0]?.object).toEqual({ outcome: "invalid", latencyMs: expect.any(Number) });
    const text = JSON.stringify(logger.lines);
    for (const secret of ["Jane", "secret@", "555", "private", "203.0.113.9"]) expect(text).not.toContain(secret);
  });
});
