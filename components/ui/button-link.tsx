import Link from "next/link";
import type { ReactNode } from "react";
import { cn } from "@/lib/utils";

export interface ButtonLinkProps {
  href: string;
  children: ReactNode;
  variant?: keyof typeof variants;
  size?: keyof typeof sizes;
  className?: string;
}

// Each variant is a complete colour pair, so no caller has to override colours;
// `cn` merges with tailwind-merge, so a caller's class still replaces a variant's.
const variants = {
  /** The main action on a light background. */
  primary: "bg-brand-700 text-white hover:bg-brand-800",
  secondary: "border border-brand-700 text-brand-800 hover:bg-brand-50",
  /** The main action on a dark (brand-900) background. */
  inverse: "bg-white text-brand-900 hover:bg-brand-100",
  "inverse-secondary": "border border-white text-white hover:bg-brand-800",
} as const;

const sizes = {
  md: "min-h-11 px-5 py-2.5 text-base",
  sm: "min-h-11 px-4 py-2 text-sm",
} as const;

/** A link styled as a button; tel: and mailto: links use a plain <a>. */
export function ButtonLink({ href, children, variant = "primary", size = "md", className }: ButtonLinkProps) {
  const classes = cn(
    "inline-flex items-center justify-center rounded-md font-semibold transition-colors",
    sizes[size],
    variants[variant],
    className,
  );
  return href.startsWith("/") ? (
    <Link href={href} className={classes}>
      {children}
    </Link>
  ) : (
    <a href={href} className={classes}>
      {children}
    </a>
  );
}
