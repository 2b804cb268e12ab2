/**
 * What the thanks page confirms. When a request is stored, the Server Action
 * sets a receipt cookie holding the stored row's id (a random UUID, so it
 * cannot be guessed) for the thanks page alone; the page looks the row up and
 * confirms that request, or, with no receipt or no such row, sends the
 * visitor to the form. The page shows no personal data: a short reference,
 * the treatment, and how and when the clinic will get in touch.
 */
import { eq } from "drizzle-orm";
import { getDatabase } from "../db/client";
import { consultationRequests } from "../db/schema";
export { THANKS_PATH } from "./path";
import { TIME_WINDOW_LABELS, type ContactMethod, type TimeWindow } from "./schema";

export const RECEIPT_COOKIE = "consultation-receipt";
/** Long enough to reload the page; short enough that a shared computer forgets it. */
export const RECEIPT_MAX_AGE_SECONDS = 60 * 60;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export interface Receipt {
  /** The first eight characters of the id, upper case: what staff can search for. */
  reference: string;
  treatmentSlug: string;
  contactMethod: ContactMethod;
  timeWindow: string;
}

export const referenceOf = (id: string) => id.slice(0, 8).toUpperCase();

/** The stored request a receipt cookie names; undefined when the cookie is missing, malformed or names no stored row. */
export async function findReceipt(cookieValue: string | undefined): Promise<Receipt | undefined> {
  if (!cookieValue || !UUID.test(cookieValue)) return undefined;
  const { db } = await getDatabase();
  const [row] = await db
    .select({
      id: consultationRequests.id,
      treatmentSlug: consultationRequests.treatmentSlug,
      contactMethod: consultationRequests.contactMethod,
      timeWindow: consultationRequests.timeWindow,
    })
    .from(consultationRequests)
    .where(eq(consultationRequests.id, cookieValue))
    .limit(1);
  if (!row) return undefined;
  return {
    reference: referenceOf(row.id),
    treatmentSlug: row.treatmentSlug,
    contactMethod: row.contactMethod,
    timeWindow: TIME_WINDOW_LABELS[row.timeWindow as TimeWindow].toLowerCase(),
  };
}
