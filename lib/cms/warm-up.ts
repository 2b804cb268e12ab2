/**
 * In a server with the editing UI, asks once at start-up for the two reports
 * editors wait on: the findings panel's (/api/compliance/findings) and the
 * draft preview's (/preview/treatments/<slug>), as an editor's browser would,
 * with a session and a preview link this server signs.
 *
 * Why: the first report after a start loads the route's code and runs the
 * claim checker while V8 still interprets it: about 450 ms on this machine,
 * against about 40 ms for every report after it (issue 18 asks for under
 * 200 ms). Warming inside instrumentation.ts itself would not help, since
 * each route is its own bundle with its own copy of the checker, so the
 * warm-up goes through the routes. Nothing is stored and no one is signed in.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { EDITOR_COOKIE, signEditorSession, signPreviewLink } from "./editor-access";

const FINDINGS_ROUTE = "/api/compliance/findings";

/** True when this build has the editing UI (KEYSTATIC_ENABLED=1 at build time). */
export function editingUiBuilt(distDir = ".next"): boolean {
  const manifest = path.join(distDir, "app-path-routes-manifest.json");
  if (!existsSync(manifest)) return false;
  return Object.values(JSON.parse(readFileSync(manifest, "utf8")) as Record<string, string>).includes(FINDINGS_ROUTE);
}

/** The two reports for `slug`, asked of the server at `origin`; resolves with the time taken, or undefined without PREVIEW_SECRET. */
export async function warmEditorReports(origin: string, slug: string): Promise<number | undefined> {
  const session = signEditorSession();
  const link = signPreviewLink({ collection: "treatments", slug });
  if (!session || !link) return undefined;
  const started = performance.now();
  const findings = await fetch(`${origin}${FINDINGS_ROUTE}?collection=treatments&slug=${slug}`, {
    headers: { cookie: `${EDITOR_COOKIE}=${session}` },
  });
  if (!findings.ok) throw new Error(`${FINDINGS_ROUTE} answered ${findings.status}`);
  await findings.arrayBuffer();
  // The preview link switches draft mode on (its cookies) and redirects to the preview.
  const entered = await fetch(`${origin}${link}`, { redirect: "manual" });
  const cookie = entered.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const preview = await fetch(`${origin}/preview/treatments/${slug}`, { headers: { cookie } });
  if (!preview.ok) throw new Error(`the draft preview answered ${preview.status}`);
  await preview.arrayBuffer();
  return performance.now() - started;
}
