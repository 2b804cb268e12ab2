import { env } from "./env";

export { cn } from "./cn";

export const absoluteUrl = (path = "/") => new URL(path, `${env.SITE_URL}/`).toString();

/** 2026-11-18 -> "November 18, 2026" (dates are calendar days, so UTC). */
export const formatDate = (isoDay: string) =>
  new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${isoDay}T00:00:00Z`));
