import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { JsonLd } from "@/components/seo/json-ld";
import { Container } from "@/components/ui/container";
import { Prose } from "@/components/ui/prose";
import { getClinic, getLegalPage, listLegalPages } from "@/lib/content";
import { pageGraph } from "@/lib/json-ld";
import { buildMetadata } from "@/lib/seo";
import { formatDate } from "@/lib/utils";

interface LegalPageProps {
  params: Promise<{ slug: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return listLegalPages().map(({ slug }) => ({ slug }));
}

export async function generateMetadata({ params }: LegalPageProps) {
  const page = getLegalPage((await params).slug);
  if (!page) return {};
  return buildMetadata({ title: page.title, description: page.summary, path: page.url });
}

export default async function LegalPageRoute({ params }: LegalPageProps) {
  const page = getLegalPage((await params).slug);
  if (!page) notFound();
  const crumbs = [
    { name: "Home", href: "/" },
    { name: page.title, href: page.url },
  ];
  return (
    <Container className="py-10">
      <JsonLd graph={pageGraph(getClinic(), { path: page.url, title: page.title, description: page.summary, crumbs })} />
      <article className="mx-auto max-w-3xl space-y-6">
        <Breadcrumbs items={crumbs} />
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{page.title}</h1>
        <p className="text-sm text-slate-600">
          Last updated <time dateTime={page.lastUpdated}>{formatDate(page.lastUpdated)}</time>
        </p>
        <Prose html={page.html} />
      </article>
    </Container>
  );
}
