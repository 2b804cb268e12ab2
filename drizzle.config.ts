/**
 * drizzle-kit reads the schema from lib/db/schema.ts and writes SQL
 * migrations to drizzle/. After changing the schema:
 *
 *   npx drizzle-kit generate
 *
 * The site applies drizzle/ at start-up (PGlite or PostgreSQL alike).
 */
import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "postgresql",
  schema: "./lib/db/schema.ts",
  out: "./drizzle",
  strict: true,
});
