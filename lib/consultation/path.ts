// The form's addresses. Their own module: the client form and proxy.ts import them without the content layer or the database.

/** The form's one canonical address. */
export const CONSULTATION_PATH = "/consultation";
/** Where a stored request is confirmed. */
export const THANKS_PATH = "/consultation/thanks";
