import { cookies, draftMode } from "next/headers";
import { redirect } from "next/navigation";
import {
  checkPreviewLink,
  EDITOR_COOKIE,
  isEditorSession,
  previewConfigured,
  previewTarget,
  signPreviewLink,
} from "@/lib/cms/editor-access";

// Exists only in builds with the editing UI (the .admin.ts extension; see next.config.ts).
// The editor's Preview button lands here with collection and slug; a signed editor cookie gets a
// short-lived signed link (lib/cms/editor-access.ts), and that link switches on draft mode.

const text = (body: string, status: number) =>
  new Response(`${body}\n`, { status, headers: { "content-type": "text/plain; charset=utf-8" } });

export async function GET(request: Request) {
  if (!previewConfigured()) return text("Draft preview is switched off: the server has no PREVIEW_SECRET.", 503);
  const url = new URL(request.url);
  const target = previewTarget(url.searchParams);
  if (!target) return text("Preview works for treatments: give collection=treatments and a slug.", 400);

  switch (checkPreviewLink(url.searchParams)) {
    case "valid":
      (await draftMode()).enable();
      redirect(`/preview/treatments/${target.slug}`);
    case "expired":
      return text("This preview link has expired (links last 15 minutes). Open Preview again from the editor.", 401);
    case "invalid":
      return text("This preview link is not valid. Open Preview again from the editor.", 401);
    case "absent":
      break;
  }

  if (!isEditorSession((await cookies()).get(EDITOR_COOKIE)?.value)) {
    redirect(`/preview/sign-in?${new URLSearchParams({ next: `${url.pathname}${url.search}` }).toString()}`);
  }
  redirect(signPreviewLink(target) ?? "/preview/sign-in");
}
