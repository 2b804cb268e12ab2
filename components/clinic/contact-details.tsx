import type { Clinic } from "@/lib/content";

export interface ContactDetailsProps {
  clinic: Clinic;
}

export const telHref = (phone: string) => `tel:${phone.replace(/[^+\d]/g, "")}`;

export function ContactDetails({ clinic }: ContactDetailsProps) {
  const { address } = clinic;
  return (
    <address className="leading-relaxed not-italic">
      <span className="block">{address.street}</span>
      <span className="block">
        {address.locality}
        {address.region ? `, ${address.region}` : ""} {address.postalCode}
      </span>
      <span className="mt-2 block">
        Phone:{" "}
        <a href={telHref(clinic.phone)} className="underline underline-offset-2">
          {clinic.phone}
        </a>
      </span>
      <span className="block">
        Email:{" "}
        <a href={`mailto:${clinic.email}`} className="underline underline-offset-2">
          {clinic.email}
        </a>
      </span>
    </address>
  );
}
