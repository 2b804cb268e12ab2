import { telHref } from "@/components/clinic/contact-details";
import { ButtonLink } from "@/components/ui/button-link";
import type { Clinic } from "@/lib/content";

export interface ConsultationCtaProps {
  clinic: Clinic;
  treatment?: { title: string; slug: string };
}

export function ConsultationCta({ clinic, treatment }: ConsultationCtaProps) {
  const treatmentTitle = treatment?.title;
  return (
    <section aria-labelledby="book" className="rounded-lg bg-brand-900 p-6 text-white sm:p-8">
      <h2 id="book" className="text-2xl font-semibold">
        Book a consultation
      </h2>
      <p className="mt-2 max-w-prose text-brand-50">
        {treatmentTitle
          ? `A consultation is where we find out whether ${treatmentTitle.toLowerCase()} is right for you, or whether something else would serve you better.`
          : "A consultation is where we find out which treatment, if any, is right for you."}{" "}
        There is no obligation to go ahead.
      </p>
      <div className="mt-5 flex flex-wrap gap-3">
        <ButtonLink href={treatment ? `/consultation?treatment=${treatment.slug}` : "/consultation"} variant="inverse">
          Request a consultation
        </ButtonLink>
        <ButtonLink href={telHref(clinic.phone)} variant="inverse-secondary">
          Call {clinic.phone}
        </ButtonLink>
        <ButtonLink href={`mailto:${clinic.email}`} variant="inverse-secondary">
          Email {clinic.email}
        </ButtonLink>
      </div>
    </section>
  );
}
