import { draftMode } from "next/headers";
import { notFound } from "next/navigation";
import { ComplianceReport } from "@/components/compliance/compliance-report";
import { TreatmentArticle } from "@/components/treatment/treatment-article";
import { Container } from "@/components/ui/container";
import { getClinic, treatmentCrumbs } from "@/lib/content";
import { previewTreatment } from "@/lib/preview";
import { buildMetadata } from "@/lib/seo";

// Exists only in builds with the editing UI (the .admin.tsx extension; see next.config.ts).

interface PreviewPageProps {
  params: Promise<{ slug: string }>;
}

export async function generateMetadata({ params }: PreviewPageProps) {
  const { slug } = await params;
  return buildMetadata({
    title: `Preview: ${slug}`,
    description: "Draft preview for editors.",
    path: `/preview/treatments/${slug}`,
    noindex: true,
  });
}

export default async function TreatmentPreviewPage({ params }: PreviewPageProps) {
  if (!(await draftMode()).isEnabled) notFound();
  const preview = previewTreatment((await params).slug);
  if (!preview) notFound();
  const { treatment } = preview;

  return (
    <Container className="space-y-8 py-10">
      <div className="mx-auto max-w-3xl space-y-4">
        <p className="font-semibold">
          Draft preview{treatment?.draft ? " (this treatment is a draft: it is not published)" : ""}. Leave preview at{" "}
          <a className="underline" href="/api/preview/exit">
            /api/preview/exit
          </a>
          .
        </p>
        <ComplianceReport file={preview.file} findings={preview.findings} />
      </div>
      {treatment ? (
        <TreatmentArticle treatment={treatment} clinic={getClinic()} crumbs={treatmentCrumbs(treatment)} />
      ) : (
        <p className="mx-auto max-w-3xl">The page cannot be shown until the fields named above are filled in correctly.</p>
      )}
    </Container>
  );
}
