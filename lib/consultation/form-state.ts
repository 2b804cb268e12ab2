import type { ConsultationField } from "./schema";

/** What the consultation form shows after a submission that did not go through. */
export interface ConsultationFormState {
  fieldErrors: Partial<Record<ConsultationField, string>>;
  /** What the person typed, so nothing has to be typed twice. */
  values: Partial<Record<ConsultationField, string>>;
  /** A problem with the whole submission rather than one field. */
  message?: string;
}

export const emptyFormState: ConsultationFormState = { fieldErrors: {}, values: {} };
