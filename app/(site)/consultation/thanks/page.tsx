import Link from "next/link";
import { Container } from "@/components/ui/container";
import { getClinic } from "@/lib/content";
import { buildMetadata } from "@/lib/seo";

export function generateMetadata() {
  return buildMetadata({
    title: "Request received",
    description: "Thank you: your consultation request has been received and the clinic will contact you.",
    path: "/consultation/thanks",
    noindex: true,
  });
}

export default function ThanksPage() {
  const clinic = getClinic();
  return (
    <Container className="py-16">
      <div className="mx-auto max-w-2xl space-y-4">
        <h1 className="text-3xl font-bold tracking-tight">Thank you, we have your request</h1>
        <p className="text-lg text-slate-700">
          Someone from {clinic.name} will contact you in the way you asked, usually within two working days. If it is
          urgent, call us on {clinic.phone}.
        </p>
        <p>
          <Link href="/treatments" className="text-brand-700 underline underline-offset-2">
            Back to the treatments
          </Link>
        </p>
      </div>
    </Container>
  );
}
