"use client";

import Link from "next/link";
import { useActionState, useState, useSyncExternalStore } from "react";
import { submitConsultationAction } from "@/lib/consultation/actions";
import { emptyFormState, type ConsultationFormState } from "@/lib/consultation/form-state";
import type { ConsultationField } from "@/lib/consultation/schema";
import { cn } from "@/lib/cn";
import { CONSULTATION_PATH } from "@/lib/consultation/path";

export interface ConsultationFormProps {
  treatments: { slug: string; title: string }[];
  timeWindows: { value: string; label: string }[];
  selectedTreatment?: string;
  /** On a copy for one treatment: the full form, for choosing another. */
  otherTreatmentsHref?: string;
  consentText: string;
  /** The version of consentText, posted with the request so the server records the wording this page showed. */
  consentVersion: string;
  privacyUrl: string;
  maxMessageLength: number;
}

const labels: Record<ConsultationField, string> = {
  name: "Your name",
  email: "Email address",
  phone: "Phone number",
  contactMethod: "How should we contact you?",
  treatment: "Treatment you would like to discuss",
  timeWindow: "When is a good time to reach you?",
  message: "Anything else we should know? (optional)",
  consent: "Consent",
};

const subscribeToNothing = () => () => {};

const inputClass =
  "mt-1 block w-full rounded-md border border-slate-400 px-3 py-2 text-base text-slate-900 aria-[invalid=true]:border-red-700";

function FieldError({ id, error }: { id: string; error: string | undefined }) {
  if (!error) return null;
  return (
    <p id={id} className="mt-1 text-sm font-medium text-red-800">
      <span className="sr-only">Error: </span>
      {error}
    </p>
  );
}

interface RadioGroupProps {
  name: "contactMethod" | "timeWindow";
  legend: string;
  options: { value: string; label: string }[];
  checked: string;
  error: string | undefined;
  layout: string;
}

/** A fieldset of radios; ids are `${name}-${value}` so the error summary can link to the checked one. */
function RadioGroup({ name, legend, options, checked, error, layout }: RadioGroupProps) {
  return (
    <fieldset aria-describedby={error ? `${name}-error` : undefined}>
      <legend className="font-semibold">{legend}</legend>
      <div className={cn("mt-2", layout)}>
        {options.map((option) => (
          <label key={option.value} htmlFor={`${name}-${option.value}`} className="flex min-h-11 items-center gap-2">
            <input
              id={`${name}-${option.value}`}
              type="radio"
              name={name}
              value={option.value}
              defaultChecked={checked === option.value}
              className="h-5 w-5"
            />
            {option.label}
          </label>
        ))}
      </div>
      <FieldError id={`${name}-error`} error={error} />
    </fieldset>
  );
}

/**
 * A plain <form> bound to a Server Action: with JavaScript off it posts and
 * the server renders this form again with errors and values; with it on,
 * useActionState shows the same without a reload.
 */
export function ConsultationForm(props: ConsultationFormProps) {
  // The permalink is the form's address without JavaScript: it becomes the <form action> (an empty
  // action is invalid HTML), and every copy of the form posts to the one canonical page.
  const [state, formAction, pending] = useActionState<ConsultationFormState, FormData>(
    submitConsultationAction,
    emptyFormState,
    CONSULTATION_PATH,
  );
  // One key per render of the form, made in the browser: however often this render is sent, one request is stored.
  // Empty in the static HTML (the server renders once for everybody); without JavaScript the server makes
  // the key from the page's ticket. `hydrated` is false while React adopts the server's HTML, then true.
  const hydrated = useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
  const [browserKey] = useState(() => (typeof window === "undefined" ? "" : crypto.randomUUID()));
  const idempotencyKey = hydrated ? browserKey : "";
  const errors = state.fieldErrors;
  const value = (field: ConsultationField) => state.values[field];
  const errorEntries = Object.entries(errors) as [ConsultationField, string][];
  const describedBy = (field: ConsultationField, hint?: string) =>
    [hint, errors[field] ? `${field}-error` : undefined].filter(Boolean).join(" ") || undefined;
  const contactMethod = value("contactMethod") ?? "email";
  const timeWindow = value("timeWindow") ?? "any";
  // The error summary links to each field; a radio group's target is its checked radio.
  const anchorOf = (field: ConsultationField) =>
    field === "contactMethod" ? `contactMethod-${contactMethod}` : field === "timeWindow" ? `timeWindow-${timeWindow}` : field;

  // data-enhanced tells the page's loader (scripts/client/hydrate-on-interaction.js) that React has taken over.
  return (
    <form action={formAction} className="space-y-6" noValidate data-enhanced={idempotencyKey ? "true" : undefined}>
      {(errorEntries.length > 0 || state.message) && (
        <div role="alert" className="rounded-md border-2 border-red-700 bg-red-50 p-4" tabIndex={-1}>
          <h2 className="text-lg font-semibold text-red-900">{state.message ? "Your request was not sent" : "Please check the form"}</h2>
          {state.message && <p className="mt-1 text-red-900">{state.message}</p>}
          {errorEntries.length > 0 && (
            <ul className="mt-2 list-disc pl-5 text-red-900">
              {errorEntries.map(([field, message]) => (
                <li key={field}>
                  <a href={`#${anchorOf(field)}`} className="underline">
                    {message}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}

      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <input type="hidden" name="consentVersion" value={props.consentVersion} />
      {/* A honeypot: people never see it, so only bots fill it in. */}
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label htmlFor="website">Leave this empty</label>
        <input id="website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>

      <div>
        <label htmlFor="name" className="block font-semibold">
          {labels.name}
        </label>
        <input
          id="name"
          name="name"
          type="text"
          autoComplete="name"
          required
          maxLength={100}
          defaultValue={value("name")}
          aria-invalid={Boolean(errors.name)}
          aria-describedby={describedBy("name")}
          className={inputClass}
        />
        <FieldError id="name-error" error={errors.name} />
      </div>

      <p id="contact-hint" className="text-slate-700">
        Give us an email address or a phone number, or both.
      </p>
      <div className="grid gap-6 sm:grid-cols-2">
        <div>
          <label htmlFor="email" className="block font-semibold">
            {labels.email}
          </label>
          <input
            id="email"
            name="email"
            type="email"
            autoComplete="email"
            maxLength={254}
            defaultValue={value("email")}
            aria-invalid={Boolean(errors.email)}
            aria-describedby={describedBy("email", "contact-hint")}
            className={inputClass}
          />
          <FieldError id="email-error" error={errors.email} />
        </div>
        <div>
          <label htmlFor="phone" className="block font-semibold">
            {labels.phone}
          </label>
          <input
            id="phone"
            name="phone"
            type="tel"
            autoComplete="tel"
            maxLength={32}
            defaultValue={value("phone")}
            aria-invalid={Boolean(errors.phone)}
            aria-describedby={describedBy("phone", "contact-hint")}
            className={inputClass}
          />
          <FieldError id="phone-error" error={errors.phone} />
        </div>
      </div>

      <RadioGroup
        name="contactMethod"
        legend={labels.contactMethod}
        options={[
          { value: "email", label: "By email" },
          { value: "phone", label: "By phone" },
        ]}
        checked={contactMethod}
        error={errors.contactMethod}
        layout="flex flex-wrap gap-6"
      />

      <div>
        <label htmlFor="treatment" className="block font-semibold">
          {labels.treatment}
        </label>
        <select
          id="treatment"
          name="treatment"
          defaultValue={value("treatment") ?? props.selectedTreatment ?? ""}
          aria-invalid={Boolean(errors.treatment)}
          aria-describedby={describedBy("treatment")}
          className={cn(inputClass, "bg-white")}
        >
          <option value="" disabled>
            Choose a treatment
          </option>
          {props.treatments.map((t) => (
            <option key={t.slug} value={t.slug}>
              {t.title}
            </option>
          ))}
        </select>
        {props.otherTreatmentsHref && (
          <p className="mt-2">
            <Link href={props.otherTreatmentsHref} className="text-brand-700 underline underline-offset-2">
              Ask about a different treatment
            </Link>
          </p>
        )}
        <FieldError id="treatment-error" error={errors.treatment} />
      </div>

      <RadioGroup
        name="timeWindow"
        legend={labels.timeWindow}
        options={props.timeWindows}
        checked={timeWindow}
        error={errors.timeWindow}
        layout="grid gap-1 sm:grid-cols-2"
      />

      <div>
        <label htmlFor="message" className="block font-semibold">
          {labels.message}
        </label>
        <p id="message-hint" className="mt-1 text-slate-700">
          Please do not send medical details here, such as conditions, medicines or test results. We will ask about your health in person,
          at the consultation. Up to {props.maxMessageLength} characters.
        </p>
        <textarea
          id="message"
          name="message"
          rows={4}
          maxLength={props.maxMessageLength}
          defaultValue={value("message")}
          aria-invalid={Boolean(errors.message)}
          aria-describedby={describedBy("message", "message-hint")}
          className={inputClass}
        />
        <FieldError id="message-error" error={errors.message} />
      </div>

      <div>
        <div className="flex items-start gap-3">
          <input
            id="consent"
            name="consent"
            type="checkbox"
            defaultChecked={value("consent") === "on"}
            aria-invalid={Boolean(errors.consent)}
            aria-describedby={describedBy("consent")}
            className="mt-1 h-5 w-5 shrink-0"
          />
          <label htmlFor="consent">
            {props.consentText}{" "}
            <Link href={props.privacyUrl} className="text-brand-700 underline underline-offset-2">
              Read the privacy notice
            </Link>
          </label>
        </div>
        <FieldError id="consent-error" error={errors.consent} />
      </div>

      <button
        type="submit"
        disabled={pending}
        className="inline-flex min-h-11 items-center justify-center rounded-md bg-brand-700 px-6 py-2.5 text-base font-semibold text-white hover:bg-brand-800 disabled:opacity-70"
      >
        {pending ? "Sending…" : "Send request"}
      </button>
    </form>
  );
}
