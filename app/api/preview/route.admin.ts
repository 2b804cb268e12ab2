import { draftMode } from "next/headers";
import { redirect } from "next/navigation";
import { isPreviewSecret } from "@/lib/cms/preview-env";

// Exists only in builds with the editing UI (the .admin.ts extension; see next.config.mjs).
// The CMS's preview link lands here: /api/preview?secret=...&collection=treatments&slug=...

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  if (!isPreviewSecret(params.get("secret"))) {
    return new Response("Preview needs the secret from PREVIEW_SECRET.\n", { status: 401 });
  }
  const slug = params.get("slug") ?? "";
  if (params.get("collection") !== "treatments" || !SLUG.test(slug)) {
    return new Response("Preview works for treatments: give collection=treatments and a slug.\n", { status: 400 });
  }
  (await draftMode()).enable();
  redirect(`/preview/treatments/${slug}`);
}
