import type { Metadata, Viewport } from "next";
import localFont from "next/font/local";
import type { ReactNode } from "react";
import { getClinic } from "@/lib/content";
import { env } from "@/lib/env";
import "@/styles/globals.css";

// Self-hosted from an npm package: no font CDN request, no visitor IP leaked.
const inter = localFont({
  src: "../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  variable: "--font-inter",
  display: "swap",
  weight: "100 900",
});

const clinic = getClinic();

export const metadata: Metadata = {
  metadataBase: new URL(env.SITE_URL),
  title: { default: clinic.name, template: `%s | ${clinic.name}` },
  description: clinic.description,
  applicationName: clinic.name,
};

export const viewport: Viewport = {
  themeColor: "#ffffff",
  width: "device-width",
  initialScale: 1,
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en-US" className={inter.variable}>
      <body className="flex min-h-screen flex-col bg-white font-sans text-slate-900 antialiased">
        {/* Site chrome comes from each route group's layout: (site), (booking), and none for (admin). */}
        {children}
      </body>
    </html>
  );
}
