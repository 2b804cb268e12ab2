import { Prose } from "@/components/ui/prose";
import type { Practitioner } from "@/lib/content";

export interface PractitionerCardProps {
  practitioner: Practitioner;
}

/** Photo, name, role and credentials exactly as the practitioner's file gives them, and the short bio. */
export function PractitionerCard({ practitioner }: PractitionerCardProps) {
  const { displayName, jobTitle, credentials, registration, photo, bioHtml } = practitioner;
  return (
    <li className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-5 sm:flex-row">
      {photo ? (
        // A plain <img>: the files are small and already sized, and the page ships no JavaScript.
        // eslint-disable-next-line @next/next/no-img-element
        <img
          src={photo}
          alt={`Photo of ${displayName}`}
          width={128}
          height={128}
          loading="lazy"
          className="h-32 w-32 shrink-0 rounded-full object-cover"
        />
      ) : null}
      <div className="space-y-2">
        <h3 className="text-lg font-semibold text-slate-900">
          {displayName}, {credentials}
        </h3>
        <p className="font-medium text-brand-800">{jobTitle}</p>
        {registration ? <p className="text-sm text-slate-700">Registration: {registration}</p> : null}
        <Prose html={bioHtml} className="prose-sm text-slate-700" />
      </div>
    </li>
  );
}
