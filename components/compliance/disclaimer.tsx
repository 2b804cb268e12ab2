export interface DisclaimerProps {
  text: string;
}

/** Shown near the top of every treatment page, before the claims it qualifies. */
export function Disclaimer({ text }: DisclaimerProps) {
  return (
    <aside aria-label="Medical disclaimer" className="rounded-md border-l-4 border-amber-600 bg-amber-50 p-4 text-slate-800">
      <p>
        <strong className="font-semibold">Please note: </strong>
        {text}
      </p>
    </aside>
  );
}
