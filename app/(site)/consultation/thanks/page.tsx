import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { ThanksView } from "@/components/consultation/thanks-view";
import { CONSULTATION_PATH } from "@/lib/consultation/path";
import { findReceipt, RECEIPT_COOKIE, THANKS_PATH } from "@/lib/consultation/receipt";
import { getClinic, getTreatment } from "@/lib/content";
import { buildMetadata } from "@/lib/seo";

export function generateMetadata() {
  return buildMetadata({
    title: "Request received",
    description: "Confirmation that your consultation request was received.",
    path: THANKS_PATH,
    noindex: true,
  });
}

// Rendered per request: it confirms the one request this browser's receipt cookie names.
export default async function ThanksPage() {
  const clinic = getClinic();
  let receipt: Awaited<ReturnType<typeof findReceipt>>;
  try {
    receipt = await findReceipt((await cookies()).get(RECEIPT_COOKIE)?.value);
  } catch {
    // The database is out of reach: say so rather than confirm or deny anything.
    return <ThanksView clinic={clinic} receipt="unavailable" />;
  }
  // Nothing was sent from this browser (or the receipt is gone): the form is where to go.
  if (!receipt) redirect(CONSULTATION_PATH);
  return <ThanksView clinic={clinic} receipt={receipt} treatmentTitle={getTreatment(receipt.treatmentSlug)?.title} />;
}
