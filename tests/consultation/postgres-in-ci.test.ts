import { expect, test } from "vitest";
import { startPostgres } from "./support";

// The PostgreSQL halves of the storage, data-subject and outage tests skip, with the reason, on a
// machine without PostgreSQL. In CI they must run: there a missing PostgreSQL fails this test
// instead of leaving the suite green without them.
test.runIf(process.env.CI === "true")("in CI a throwaway PostgreSQL starts, so the PostgreSQL tests run", async () => {
  const postgres = await startPostgres();
  try {
    expect("skipped" in postgres ? postgres.skipped : "started").toBe("started");
  } finally {
    if ("stop" in postgres) await postgres.stop();
  }
});
