import { draftMode } from "next/headers";
import { redirect } from "next/navigation";

// Exists only in builds with the editing UI. Ends draft mode for this browser.
export async function GET() {
  (await draftMode()).disable();
  redirect("/");
}
