import Link from "next/link";
import { Container } from "@/components/ui/container";
import type { Receipt } from "@/lib/consultation/receipt";
import type { Clinic } from "@/lib/content";

export interface ThanksViewProps {
  clinic: Clinic;
  /** The stored request, or "unavailable" when it could not be looked up. */
  receipt: Receipt | "unavailable";
  treatmentTitle?: string;
}

export function ThanksView({ clinic, receipt, treatmentTitle }: ThanksViewProps) {
  if (receipt === "unavailable") {
    return (
      <Container className="py-16">
        <div className="mx-auto max-w-2xl space-y-4">
          <h1 className="text-3xl font-bold tracking-tight">We cannot show your request just now</h1>
          <p className="text-lg text-slate-700">
            Our system is not answering at the moment, so we cannot confirm a request from here. To check on a request, call us on{" "}
            {clinic.phone}.
          </p>
        </div>
      </Container>
    );
  }
  const how = receipt.contactMethod === "phone" ? "call you on the number you gave" : "email you at the address you gave";
  return (
    <Container className="py-16">
      <div className="mx-auto max-w-2xl space-y-6">
        <h1 className="text-3xl font-bold tracking-tight">Thank you, we have your request</h1>
        <dl className="grid gap-3 rounded-lg bg-brand-50 p-5 sm:grid-cols-[max-content_1fr] sm:gap-x-6">
          <dt className="font-semibold text-brand-900">Reference</dt>
          <dd className="font-mono text-slate-900">{receipt.reference}</dd>
          <dt className="font-semibold text-brand-900">About</dt>
          <dd className="text-slate-900">{treatmentTitle ?? "A treatment to talk through with you"}</dd>
          <dt className="font-semibold text-brand-900">We will</dt>
          <dd className="text-slate-900">
            {how}, {receipt.timeWindow === "any time" ? "at any time of day" : `in the ${receipt.timeWindow}`}
          </dd>
        </dl>
        <p className="text-lg text-slate-700">
          Someone from {clinic.name} will be in touch, usually within two working days. If it is urgent, call us on {clinic.phone} and quote
          your reference.
        </p>
        <p>
          <Link href="/treatments" className="text-brand-700 underline underline-offset-2">
            Back to the treatments
          </Link>
        </p>
      </div>
    </Container>
  );
}
