/**
 * The consultation secret the e2e servers start with (playwright.config.ts's
 * web server and the server consultation.spec.ts starts), so that a test can
 * sign the ticket it backdates, as the server would have, instead of racing
 * the minimum fill time. Never used outside the tests.
 */
export const E2E_CONSULTATION_SECRET = process.env.E2E_CONSULTATION_SECRET ?? "e2e-only-consultation-secret-0123456789abcdef";
