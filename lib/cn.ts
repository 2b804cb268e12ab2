import { twMerge } from "tailwind-merge";

/**
 * Join class names, skipping falsy ones, and let a later Tailwind class win
 * over an earlier one of the same property (`bg-brand-700` then `bg-white`
 * gives `bg-white` alone). Without the merge both stay in the attribute and
 * the stylesheet's order decides, which once made a button white on white.
 * Its own module: client components import it without the server's env.
 */
export const cn = (...classes: (string | false | null | undefined)[]) => twMerge(classes.filter(Boolean).join(" "));
