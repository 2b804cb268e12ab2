import type { Metadata } from "next";
import KeystaticApp from "@/components/cms/keystatic-app";

// Admin only: this file exists in a build only with KEYSTATIC_ENABLED=1 (pageExtensions in next.config.ts).
export const metadata: Metadata = { title: "Content editor", robots: { index: false, follow: false } };

// The (admin) group has no site header or footer: the editor is a full-window app.
export default function KeystaticLayout() {
  return <KeystaticApp />;
}
