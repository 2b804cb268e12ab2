import { EditorSignIn } from "@/components/cms/editor-sign-in";
import { Container } from "@/components/ui/container";
import { previewConfigured, safeReturnPath } from "@/lib/cms/editor-access";
import { buildMetadata } from "@/lib/seo";

// Exists only in builds with the editing UI (the .admin.tsx extension; see next.config.ts).

interface SignInPageProps {
  searchParams: Promise<{ next?: string | string[]; error?: string | string[] }>;
}

export const metadata = buildMetadata({
  title: "Editor sign-in",
  description: "Sign in to see draft previews and compliance findings.",
  path: "/preview/sign-in",
  noindex: true,
});

export default async function EditorSignInPage({ searchParams }: SignInPageProps) {
  const { next, error } = await searchParams;
  return (
    <Container className="py-10">
      <EditorSignIn
        next={safeReturnPath(typeof next === "string" ? next : undefined)}
        failed={error !== undefined}
        configured={previewConfigured()}
      />
    </Container>
  );
}
