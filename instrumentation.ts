/**
 * Runs once when the server starts, before it serves a request: stamp each
 * request with its connection's address (lib/consultation/peer-address.ts),
 * let the form's tickets use the secret kept in the database, open the
 * database (taking the embedded database's lock), apply migrations and warm
 * it, and start the mail outbox worker when SMTP is configured.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // `next build` also loads this file; only a running server needs the database.
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  // A build whose pages the build step did not make safe for the site's CSP is refused before it serves anything.
  if (process.env.NODE_ENV === "production") {
    const { unservableBuild } = await import("./lib/build-check");
    const problem = unservableBuild();
    if (problem) {
      console.error(problem);
      process.exit(1);
    }
  }
  const { installPeerAddressHeader } = await import("./lib/consultation/peer-address");
  installPeerAddressHeader();
  const { installDatabaseSecretLoader } = await import("./lib/db/secrets");
  installDatabaseSecretLoader();
  const { warmDatabase } = await import("./lib/db/client");
  await warmDatabase();
  const { startOutboxWorker } = await import("./lib/consultation/outbox");
  const { loadContent } = await import("./lib/content/load");
  const clinic = loadContent().find((doc) => doc.kind === "Clinic")?.data as { email?: string } | undefined;
  if (clinic?.email) startOutboxWorker({ clinicEmail: clinic.email });
}
