import { randomUUID } from "node:crypto";

/** What each render of the form carries: a fresh idempotency key and the time it was rendered. */
export const newFormTicket = () => ({ idempotencyKey: randomUUID(), renderedAt: Date.now() });
