import { cookies } from "next/headers";
import { EDITOR_COOKIE, isEditorSession } from "@/lib/cms/editor-access";
import { documentFindings } from "@/lib/preview";

// Exists only in builds with the editing UI. The editor's findings panel (lib/cms/findings-field.ts)
// asks here what the build says about the saved document it shows: drafts included, so editors only.

export const dynamic = "force-dynamic";

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export async function GET(request: Request) {
  if (!isEditorSession((await cookies()).get(EDITOR_COOKIE)?.value)) {
    return Response.json({ error: "sign-in" }, { status: 401 });
  }
  const params = new URL(request.url).searchParams;
  const collection = params.get("collection") ?? "";
  const slug = params.get("slug") ?? undefined;
  if (!/^[a-z]+$/.test(collection) || (slug !== undefined && !SLUG.test(slug))) {
    return Response.json({ error: "bad-request" }, { status: 400 });
  }
  const result = documentFindings({ collection, slug });
  if (!result) return Response.json({ error: "not-saved" }, { status: 404 });
  return Response.json(result, { headers: { "cache-control": "no-store" } });
}
