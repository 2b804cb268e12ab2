import type { ReactNode } from "react";

export interface TreatmentHeroProps {
  title: string;
  summary: string;
  children?: ReactNode;
}

export function TreatmentHero({ title, summary, children }: TreatmentHeroProps) {
  return (
    <header className="space-y-4">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl">{title}</h1>
      <p className="text-lg text-slate-700">{summary}</p>
      {children}
    </header>
  );
}
