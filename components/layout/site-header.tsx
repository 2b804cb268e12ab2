import Link from "next/link";
import { ButtonLink } from "@/components/ui/button-link";
import { Container } from "@/components/ui/container";

export interface SiteHeaderProps {
  clinicName: string;
  /** Show "Request a consultation"; every page but the form itself does. */
  requestButton: boolean;
}

const nav = [
  { href: "/treatments", label: "Treatments" },
  { href: "/clinic", label: "Visit & contact" },
] as const;

export function SiteHeader({ clinicName, requestButton }: SiteHeaderProps) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <Container className="flex flex-wrap items-center justify-between gap-x-6 gap-y-2 py-3">
        <Link href="/" className="py-2 text-lg font-semibold text-brand-900">
          {clinicName}
        </Link>
        <div className="flex flex-wrap items-center gap-x-5 gap-y-2">
          <nav aria-label="Main">
            <ul className="flex flex-wrap gap-x-5 gap-y-1 text-base">
              {nav.map((item) => (
                <li key={item.href}>
                  <Link
                    href={item.href}
                    className="inline-block py-2 text-slate-700 underline-offset-4 hover:text-brand-800 hover:underline"
                  >
                    {item.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          {requestButton ? (
            <ButtonLink href="/consultation" size="sm">
              Request a consultation
            </ButtonLink>
          ) : null}
        </div>
      </Container>
    </header>
  );
}
