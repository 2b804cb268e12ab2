import type { ReactNode } from "react";
import { cn } from "@/lib/utils";

export interface CardProps {
  children: ReactNode;
  className?: string;
  as?: "div" | "article" | "section" | "aside" | "li";
}

export function Card({ children, className, as: Tag = "div" }: CardProps) {
  return <Tag className={cn("rounded-lg border border-slate-200 bg-white p-5 shadow-sm", className)}>{children}</Tag>;
}
