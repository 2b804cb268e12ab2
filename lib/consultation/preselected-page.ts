/**
 * The running server's side of lib/consultation/preselected-form.ts: the
 * template the build wrote, read once, filled per request (proxy.ts).
 */
import { readFileSync } from "node:fs";
import { fillPreselectedForm, PRESELECTED_FORM_FILE, type PreselectedFormTemplate, type PreselectedTreatment } from "./preselected-form";

let template: PreselectedFormTemplate | undefined;

/** The form page with `treatment` preselected. */
export function preselectedFormPage(treatment: PreselectedTreatment): string {
  // next start refuses a build without the file (lib/build-check.ts), so reading it cannot fail here.
  template ??= (JSON.parse(readFileSync(PRESELECTED_FORM_FILE, "utf8")) as { template: PreselectedFormTemplate }).template;
  return fillPreselectedForm(template, treatment);
}
