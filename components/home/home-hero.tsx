import { telHref } from "@/components/clinic/contact-details";
import { ButtonLink } from "@/components/ui/button-link";
import type { Clinic } from "@/lib/content";

export interface HomeHeroProps {
  clinic: Clinic;
}

export function HomeHero({ clinic }: HomeHeroProps) {
  return (
    <section className="rounded-2xl bg-brand-900 px-6 py-10 text-white sm:px-10 sm:py-14">
      <p className="text-sm font-semibold tracking-wide text-brand-100 uppercase">
        {clinic.address.locality}
        {clinic.address.region ? `, ${clinic.address.region}` : ""}
      </p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight sm:text-5xl">{clinic.name}</h1>
      <p className="mt-4 max-w-2xl text-lg text-brand-50 sm:text-xl">{clinic.description}</p>
      <div className="mt-8 flex flex-wrap gap-3">
        <ButtonLink href="/consultation" variant="inverse">
          Request a consultation
        </ButtonLink>
        <ButtonLink href={telHref(clinic.phone)} variant="inverse-secondary">
          Call {clinic.phone}
        </ButtonLink>
      </div>
      <p className="mt-4 text-sm text-brand-100">A consultation comes with no obligation to go ahead.</p>
    </section>
  );
}
