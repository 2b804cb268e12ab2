/**
 * The last step of every build, run by Next itself through the build adapter
 * (build/adapter.mjs, which hands over where Next wrote each prerendered
 * page): prerendered pages that use no client
 * component of ours are served as plain HTML, without Next's client runtime.
 *
 * Why: these pages are documents. Hydrating them buys nothing a patient can
 * see (links work as plain links; the pages have no widgets), yet on a mid-range phone
 * the runtime (about 135 KiB gzip of React and the App Router) blocks the
 * main thread for most of a second: Lighthouse mobile scored them 67 to 83.
 * Without it they score 99. Next has no App Router switch for this (the
 * Pages Router's `unstable_runtimeJS: false` was never ported), so the build
 * does it: for every prerendered route whose client-reference manifest lists
 * no module from this project, it removes the executable <script> elements
 * and script preloads from the route's .html file. JSON-LD stays. The .rsc
 * payloads stay, so a client-side navigation from a page that does run the
 * runtime (the consultation form) still renders these pages.
 *
 * Prerendered pages that do use a client component of ours (the consultation
 * form) keep the runtime but load it on the first interaction
 * (scripts/client/hydrate-on-interaction.js): every script of Next's, inline
 * ones included, moves into a JSON data block the loader replays. The form
 * works as plain HTML until then, so loading the page costs what a plain page
 * costs, and it runs no inline script, so it needs no 'unsafe-inline'.
 *
 * The manifest check makes this safe by construction: a route that gains a
 * "use client" component of ours keeps its runtime without anyone editing a
 * list. e2e tests assert both sides (no script on a treatment page; the form
 * page loads its island on first interaction).
 *
 * Idempotent: each page it rewrites ends with a marker comment, and a page
 * that carries it is left alone, so running the step twice changes nothing.
 * When every page is done it writes .next/static-pages.json with the build
 * id; `next start` refuses a build without it (instrumentation.ts).
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { isInteractiveRoute, NONCE_PAGE_ROUTES } from "../config/security-headers";
import { CONSULTATION_PATH } from "../lib/consultation/path";
import { compilePreselectedForm, PRESELECTED_FORM_FILE, TEMPLATE_TREATMENT } from "../lib/consultation/preselected-form";
import {
  deferClientRuntime,
  processedAs,
  projectClientModules,
  stampProcessed,
  STATIC_PAGES_INPUT,
  STATIC_PAGES_STAMP,
  stripClientRuntime,
  type ProcessedAs,
  type StaticPagesStamp,
} from "./static-html";

const APP_DIR = path.join(".next", "server", "app");

interface PrerenderManifest {
  routes: Record<string, { srcRoute: string | null; dataRoute: string | null }>;
}

function fail(message: string): never {
  console.error(`static pages: ${message}`);
  console.error("The build output is incomplete; run `npm run build` again, and report this if it repeats.");
  process.exit(1);
}

const manifestPath = path.join(".next", "prerender-manifest.json");
if (!existsSync(manifestPath)) fail(`${manifestPath} is missing; run after \`next build\``);
const { routes } = JSON.parse(readFileSync(manifestPath, "utf8")) as PrerenderManifest;
if (!existsSync(STATIC_PAGES_INPUT))
  fail(`${STATIC_PAGES_INPUT} is missing: Next runs this step through build/adapter.mjs (next.config adapterPath)`);
const started = performance.now();
const input = JSON.parse(readFileSync(STATIC_PAGES_INPUT, "utf8")) as Pick<StaticPagesStamp, "buildId" | "files">;

/**
 * The loader for pages with an island, copied into Next's static files under
 * a content-hashed name (served with Next's immutable caching).
 */
function installLoader(): string {
  const source = readFileSync(path.join("build", "hydrate-on-interaction.js"));
  const name = `hydrate-on-interaction-${createHash("sha256").update(source).digest("hex").slice(0, 12)}.js`;
  writeFileSync(path.join(".next", "static", "chunks", name), source);
  return `/_next/static/chunks/${name}`;
}
let loaderSrc: string | undefined;
const loader = () => (loaderSrc ??= installLoader());

// Route groups are in the app paths ("/(site)/page" serves "/"), and a page's
// client-reference manifest sits under its app path, not its URL.
const appRoutes = JSON.parse(readFileSync(path.join(".next", "app-path-routes-manifest.json"), "utf8")) as Record<string, string>;
const appPathOf = new Map(
  Object.entries(appRoutes)
    .filter(([entry]) => entry.endsWith("/page"))
    .map(([entry, route]) => [route, entry.slice(0, -"/page".length)]),
);

const plain: string[] = [];
const deferred: string[] = [];
const plainSources = new Set<string>();
const deferredSources = new Set<string>();
/**
 * The HTML files of a prerendered route. The app's 404 page is the one Next
 * does not list for the adapter: it copies it to pages/404.html (listed as
 * "/404") and also serves its own copy in the route cache, so both are done.
 */
function htmlFilesOf(route: string): string[] {
  if (route !== "/_not-found") {
    const file = input.files[route];
    if (file === undefined || !file.endsWith(".html")) fail(`the build adapter listed no HTML file for ${route}`);
    return [file];
  }
  const cache = path.join(".next", "server", "route-cache", "APP_PAGE");
  const own = existsSync(cache)
    ? readdirSync(cache)
        .map((key) => path.join(cache, key, "$", "_not-found.html"))
        .filter((file) => existsSync(file))
    : [];
  const copy = input.files["/404"];
  if (own.length !== 1 || copy === undefined)
    fail("found no single 404 page in the build (route-cache and pages/404.html); has Next changed its output?");
  return [...own, copy];
}

/** Plain or deferred, by the route's client-reference manifest: read once per route, not once per page (issue 18). */
const asByAppPath = new Map<string, ProcessedAs>();
function processedAsFor(appPath: string, route: string): ProcessedAs {
  const known = asByAppPath.get(appPath);
  if (known) return known;
  const clientManifest = path.join(APP_DIR, appPath, "page_client-reference-manifest.js");
  if (!existsSync(clientManifest)) fail(`${clientManifest} is missing for route ${route}`);
  const as: ProcessedAs = projectClientModules(readFileSync(clientManifest, "utf8")).length > 0 ? "deferred" : "plain";
  asByAppPath.set(appPath, as);
  return as;
}

for (const [route, { srcRoute, dataRoute }] of Object.entries(routes)) {
  // Only HTML pages have a data route; route handlers (sitemap, images) do not.
  if (dataRoute === null || srcRoute === null || route === "/_global-error") continue;
  const appPath = appPathOf.get(srcRoute);
  if (appPath === undefined) fail(`app-path-routes-manifest.json has no page for ${srcRoute}`);
  const as = processedAsFor(appPath, route);
  for (const htmlFile of htmlFilesOf(route)) processPage(route, htmlFile, as);
  (as === "deferred" ? deferred : plain).push(route);
  (as === "deferred" ? deferredSources : plainSources).add(srcRoute);
}

/** One page's HTML, rewritten once: a page an earlier run already did is left as it is. */
function processPage(route: string, htmlFile: string, as: ProcessedAs): void {
  if (!existsSync(htmlFile)) fail(`${htmlFile} is missing for route ${route}`);
  const before = readFileSync(htmlFile, "utf8");
  const done = processedAs(before);
  if (done === as) return;
  if (done) fail(`${htmlFile} was made ${done} by an earlier run but is ${as} now; run \`npm run build\` again`);
  if (as === "deferred") {
    // An island (the consultation form): the page loads as plain HTML with no inline script,
    // and fetches the runtime on first interaction.
    let deferredPage: ReturnType<typeof deferClientRuntime>;
    try {
      deferredPage = deferClientRuntime(before, loader());
    } catch (error) {
      fail(`${htmlFile}: ${(error as Error).message}; has Next changed its output?`);
    }
    const { html, runtime } = deferredPage;
    if (runtime.scripts.length === 0 || runtime.flight.length === 0) {
      fail(`found no Next.js runtime or payload in ${htmlFile}; has Next changed its output?`);
    }
    writeFileSync(htmlFile, stampProcessed(html, "deferred"));
    return;
  }
  const { html, removedScripts } = stripClientRuntime(before);
  if (removedScripts === 0) fail(`found no Next.js scripts in ${htmlFile}; has Next changed its output?`);
  writeFileSync(htmlFile, stampProcessed(html, "plain"));
}

// A page rendered per request runs Next's inline bootstrap, so it needs the CSP
// that allows it; the public policy would block it and the page would break
// silently. Prerendered pages were made plain or deferred above (no inline
// script). Admin pages have their own policy.
const uncovered = Object.entries(appRoutes)
  .filter(([entry]) => entry.endsWith("/page"))
  .map(([, route]) => route)
  .filter((route) => route !== "/_global-error" && !route.startsWith("/keystatic"))
  .filter((route) => !plainSources.has(route) && !deferredSources.has(route))
  .filter((route) => !isInteractiveRoute(route) && !NONCE_PAGE_ROUTES.includes(route));
if (uncovered.length > 0) {
  console.error(
    `static pages: ${uncovered.join(", ")} render${uncovered.length === 1 ? "s" : ""} per request with Next's inline scripts but ${uncovered.length === 1 ? "is" : "are"} not in ` +
      "INTERACTIVE_PAGE_SOURCES (config/security-headers.ts); add the route there so its CSP allows Next's inline scripts",
  );
  process.exit(1);
}

// The form with a treatment preselected is one prerendered copy, for a placeholder, that proxy.ts fills in.
const templateRoute = `${CONSULTATION_PATH}/for/${TEMPLATE_TREATMENT.slug}`;
if (!deferred.includes(templateRoute)) fail(`${templateRoute} was not prerendered as a page with the form's island`);
try {
  const template = compilePreselectedForm(readFileSync(htmlFilesOf(templateRoute)[0] ?? "", "utf8"));
  writeFileSync(PRESELECTED_FORM_FILE, `${JSON.stringify({ buildId: input.buildId, template })}\n`);
} catch (error) {
  fail(`${templateRoute}: ${(error as Error).message}; has Next changed its output?`);
}

const stamp: StaticPagesStamp = { buildId: input.buildId, files: input.files, plain, deferred };
writeFileSync(STATIC_PAGES_STAMP, `${JSON.stringify(stamp, null, 1)}\n`);
console.log(
  `Static pages (${((performance.now() - started) / 1000).toFixed(1)} s): ${plain.length} served without client JavaScript; ${deferred.length} load it on first interaction` +
    `${deferred.length ? ` (${deferred.slice(0, 4).join(", ")}${deferred.length > 4 ? `, and ${deferred.length - 4} more` : ""})` : ""}`,
);
