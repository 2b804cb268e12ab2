"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { clientAddressFromHeaders } from "@/lib/consultation/client-address";
import { consentVersion } from "@/lib/consultation/consent";
import { consultationSecret } from "@/lib/consultation/secret";
import type { ConsultationFormState } from "@/lib/consultation/form-state";
import { CONSULTATION_FIELDS, type ConsultationField } from "@/lib/consultation/schema";
import { SUBMIT_MESSAGES, submitConsultation } from "@/lib/consultation/submit";
import { RECEIPT_COOKIE, RECEIPT_MAX_AGE_SECONDS, THANKS_PATH } from "@/lib/consultation/receipt";
import { idempotencyKeyFor, parseTicket, TICKET_COOKIE } from "@/lib/consultation/ticket";
import { getClinic, getConsent, listTreatments } from "@/lib/content";
import { consultationEnv } from "@/lib/env";
import { reportDatabaseDown, reportDatabaseUp } from "@/lib/db/health";
import { installDatabaseSecretLoader } from "@/lib/db/secrets";

/** Thrown when the database took longer than the submission's deadline. */
class DatabaseTooSlow extends Error {}

/**
 * The work, or DatabaseTooSlow after `ms`: a hung database must cost the visitor a short wait
 * and a clear answer, whatever the driver does. The work itself is left to finish or fail; a
 * late success is harmless, because the same form sent again finds it by its idempotency key.
 */
async function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DatabaseTooSlow()), ms);
  });
  work.catch(() => undefined);
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

const typedValues = (input: Record<string, string | undefined>) =>
  Object.fromEntries(CONSULTATION_FIELDS.flatMap((f) => (input[f] === undefined ? [] : [[f, input[f]]]))) as Partial<
    Record<ConsultationField, string>
  >;

/**
 * The consultation form's Server Action. Works with JavaScript off (the form
 * posts, the page renders again with this state) and on (useActionState).
 * On success: POST/redirect/GET to the thanks page, so a reload never resends.
 * Next checks the Origin header of every Server Action against the host.
 */
export async function submitConsultationAction(_previous: ConsultationFormState, formData: FormData): Promise<ConsultationFormState> {
  const input: Record<string, string | undefined> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value !== "string") return { fieldErrors: {}, values: {}, message: "Files cannot be sent with this form." };
    input[key] = value;
  }

  // Whatever stops the database (down, hung, migrating, locked) gets this answer, with the answers kept.
  const paused: ConsultationFormState = { fieldErrors: {}, values: typedValues(input), message: SUBMIT_MESSAGES.paused(getClinic().phone) };
  const env = consultationEnv();
  const deadlineMs = 2 * env.DATABASE_STATEMENT_TIMEOUT_MS;
  installDatabaseSecretLoader();
  // Without CONSULTATION_SECRET the key is in the database; if that cannot be read, nothing can be stored either.
  const secret = await consultationSecret({ waitMs: deadlineMs });
  if (!secret) {
    reportDatabaseDown();
    return paused;
  }

  // The render time always comes from the ticket the server handed out, never from the form;
  // a ticket not signed with our key, edited, or too old is no ticket (lib/consultation/ticket.ts).
  const ticket = parseTicket((await cookies()).get(TICKET_COOKIE)?.value, {
    secret,
    maxAgeMs: env.CONSULTATION_TICKET_MAX_AGE_SECONDS * 1000,
  });
  if (!ticket) {
    return {
      fieldErrors: {},
      values: typedValues(input),
      message: `This copy of the form has expired, so nothing was sent. Reload the page (your browser needs to accept this site's cookie) and send it again, or call us on ${getClinic().phone}.`,
    };
  }
  // The wording this page showed, as it posted it: stored as is, and only if it is the wording this build shows.
  const shownConsent = input.consentVersion;
  if (shownConsent !== consentVersion(getConsent().text)) {
    const { consent: _ticked, ...values } = typedValues(input);
    return { fieldErrors: {}, values, message: SUBMIT_MESSAGES.consentChanged(getClinic().phone) };
  }
  input.renderedAt = String(ticket.issuedAt);
  // With JavaScript on, the form sends its own key, made once per render; without, the ticket and the answers make it.
  if (!input.idempotencyKey) input.idempotencyKey = idempotencyKeyFor(ticket, input);

  const requestHeaders = await headers();

  let result: Awaited<ReturnType<typeof submitConsultation>>;
  try {
    const submitting = submitConsultation(
      input,
      {
        // The connection's own address, stamped by the server (lib/consultation/peer-address.ts), never the
        // last X-Forwarded-For entry: a client can send that header itself and Next keeps it.
        clientAddress: clientAddressFromHeaders(requestHeaders, env.TRUSTED_PROXIES),
        treatmentSlugs: listTreatments().map((t) => t.slug),
        consentVersion: shownConsent,
      },
      { secret },
    );
    result = await withDeadline(submitting, deadlineMs);
  } catch {
    // Logged by submitConsultation (without personal data); nothing was stored. The form page says so too
    // until the database answers again (lib/db/health.ts).
    reportDatabaseDown();
    return paused;
  }

  if (result.ok) {
    reportDatabaseUp();
    // The thanks page confirms this stored request (a repeat of the same form names the first one).
    (await cookies()).set(RECEIPT_COOKIE, result.id, {
      httpOnly: true,
      sameSite: "strict",
      path: THANKS_PATH,
      maxAge: RECEIPT_MAX_AGE_SECONDS,
      secure: requestHeaders.get("x-forwarded-proto") === "https",
    });
    redirect(THANKS_PATH);
  }
  if (result.kind === "invalid") return { fieldErrors: result.fieldErrors, values: result.values };
  return { fieldErrors: {}, values: typedValues(input), message: result.message };
}
