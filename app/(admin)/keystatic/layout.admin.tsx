import type { Metadata } from "next";
import KeystaticApp from "@/lib/cms/keystatic-app";

// Admin only: this file exists in a build only with KEYSTATIC_ENABLED=1 (pageExtensions in next.config.mjs).
export const metadata: Metadata = { title: "Content editor", robots: { index: false, follow: false } };

// The root layout wraps every route in the site's skip link, header and footer; the admin is a
// full-window app, so they are hidden (display: none also takes them out of the accessibility tree).
const hideSiteChrome = "body:has([data-cms-admin]) > :is(a, header, footer) { display: none !important; }";

export default function KeystaticLayout() {
  return (
    <div data-cms-admin="">
      <style>{hideSiteChrome}</style>
      <KeystaticApp />
    </div>
  );
}
