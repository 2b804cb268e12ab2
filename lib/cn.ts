/** Join class names, skipping falsy ones. Its own module: client components import it without the server's env. */
export const cn = (...classes: (string | false | null | undefined)[]) => classes.filter(Boolean).join(" ");
