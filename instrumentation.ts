/**
 * Runs once when the server starts, before it serves a request: stamp each
 * request with its connection's address (lib/consultation/peer-address.ts),
 * let the form's tickets use the secret kept in the database, start opening
 * the database in the background (it is never waited for: every page is
 * served while the database is down or migrating, and the form says that
 * online requests are paused), answer the staff CLI once the embedded
 * database is open, start the daily retention purge, and start
 * the mail outbox worker when SMTP is configured.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // `next build` also loads this file; only a running server needs the database.
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  // A build whose pages the build step did not make safe for the site's CSP is refused before it serves anything.
  if (process.env.NODE_ENV === "production") {
    const { refuseUnservableBuild } = await import("./lib/build-check");
    refuseUnservableBuild();
  }
  const { installPeerAddressHeader } = await import("./lib/consultation/peer-address");
  installPeerAddressHeader();
  const { installDatabaseSecretLoader } = await import("./lib/db/secrets");
  installDatabaseSecretLoader();
  const { startDatabaseWarmer } = await import("./lib/db/client");
  const { consultationLogger, errorKind } = await import("./lib/consultation/log");
  const logger = consultationLogger();
  const { reportDatabaseDown, reportDatabaseUp, setDatabaseProbe } = await import("./lib/db/health");
  const { warmDatabase } = await import("./lib/db/client");
  setDatabaseProbe(warmDatabase);
  const warmer = startDatabaseWarmer({
    onFailure: (error, retryInMs) => {
      reportDatabaseDown();
      logger.warn({ error: errorKind(error), retryInMs }, "database not available; pages are served and online requests are paused");
    },
  });
  void warmer.opened.then(reportDatabaseUp);
  // With the embedded database open (its lock held), staff commands reach it through the site.
  const { serveStaffCommands } = await import("./lib/consultation/staff-commands");
  void warmer.opened
    .then(() => serveStaffCommands())
    .catch((error: unknown) => logger.warn({ error: errorKind(error) }, "staff socket not started; the CLI needs the site stopped"));
  const { startRetentionWorker } = await import("./lib/consultation/retention");
  startRetentionWorker();
  const { startOutboxWorker } = await import("./lib/consultation/outbox");
  // The clinic's address as the contract checked it (lib/content.ts), the same the pages show.
  const { getClinic, listTreatments } = await import("./lib/content");
  startOutboxWorker({ clinicEmail: getClinic().email });
  // With the editing UI: the editors' first report after a start would be the slow one (lib/cms/warm-up.ts).
  const { editingUiBuilt, warmEditorReports } = await import("./lib/cms/warm-up");
  const first = listTreatments()[0];
  if (process.env.NODE_ENV === "production" && first && editingUiBuilt()) {
    // Next sets the origin it listens on before it loads this file; the request waits until the server serves.
    const origin = process.env.__NEXT_PRIVATE_ORIGIN ?? `http://localhost:${process.env.PORT ?? "3000"}`;
    setTimeout(() => {
      warmEditorReports(origin, first.slug)
        .then((ms) => ms !== undefined && logger.info({ ms: Math.round(ms) }, "editors' reports warmed"))
        .catch((error: unknown) => logger.warn({ error: errorKind(error) }, "editors' reports not warmed"));
    }, 0);
  }
}
