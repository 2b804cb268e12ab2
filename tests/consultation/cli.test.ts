import { writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { parseSinceDate } from "@/lib/consultation/export";
import { parseDays } from "@/lib/consultation/purge";
import { main, parseCommand, USAGE } from "@/cli/consultations";
import { startPostgres, tempDir, removeTempDirs } from "./support";

describe("the staff CLI's arguments", () => {
  test("export defaults to CSV and takes --format and --since in either spelling", () => {
    expect(parseCommand(["export"])).toEqual({ name: "export", format: "csv", since: undefined });
    expect(parseCommand(["export", "--format", "json", "--since=2025-02-28"])).toEqual({
      name: "export",
      format: "json",
      since: new Date("2025-02-28T00:00:00.000Z"),
    });
  });

  test("purge takes a number of days, with or without the d", () => {
    expect(parseCommand(["purge", "--older-than", "90d"])).toEqual({ name: "purge", olderThanDays: 90 });
    expect(parseCommand(["purge", "--older-than=30"])).toEqual({ name: "purge", olderThanDays: 30 });
    expect(parseCommand(["purge"])).toEqual({ name: "purge", olderThanDays: undefined });
  });

  test("dates and day counts that are not real are refused", () => {
    for (const value of ["2025-02-30", "2025-13-01", "01/02/2025", "yesterday", ""]) expect(parseSinceDate(value)).toBeUndefined();
    for (const value of ["0d", "-5d", "1.5d", "90 days", "90w", ""]) expect(parseDays(value)).toBeUndefined();
  });

  for (const [argv, message] of [
    [["export", "--format", "xml"], "--format must be csv or json"],
    [["export", "--since", "2025-02-30"], "--since must be a date like 2025-01-31"],
    [["export", "--format"], "--format needs a value"],
    [["purge", "--older-than", "ninety"], "--older-than must be a number of days like 90d"],
    [["purge", "--days", "3"], "Unknown argument: --days"],
    [["drop"], "Unknown command: drop"],
  ] as const) {
    test(`"${argv.join(" ")}" exits with code 1 and says: ${message}`, async () => {
      const errors: string[] = [];
      const output: string[] = [];
      const code = await main([...argv], { out: async (text) => void output.push(text), err: (text) => void errors.push(text) });
      expect(code).toBe(1);
      expect(output).toEqual([]);
      expect(errors.join("\n")).toContain(message);
      expect(errors.join("\n")).toContain(USAGE);
    });
  }

  test("help prints the usage", async () => {
    const output: string[] = [];
    expect(await main(["--help"], { out: async (text) => void output.push(text), err: () => undefined })).toBe(0);
    expect(output.join("")).toContain("export [--format csv|json] [--since YYYY-MM-DD]");
  });
});

describe("when PostgreSQL cannot be provided", () => {
  afterAll(removeTempDirs);

  test("the reason the script prints (exit 3) is what the skipped tests show", async () => {
    const script = path.join(tempDir("no-postgres"), "ensure-postgres.sh");
    writeFileSync(script, 'echo "REASON=PostgreSQL is not installed and installing it needs root"\nexit 3\n');
    expect(await startPostgres(10_000, script)).toEqual({ skipped: "PostgreSQL is not installed and installing it needs root" });
  });

  test("a script that hangs is given up on", async () => {
    const script = path.join(tempDir("slow-postgres"), "ensure-postgres.sh");
    writeFileSync(script, "sleep 30\n");
    expect(await startPostgres(500, script)).toEqual({ skipped: "ensure-postgres.sh took longer than 0.5 s" });
  });
});
