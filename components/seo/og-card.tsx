import { readFile } from "node:fs/promises";
import path from "node:path";
import { ImageResponse } from "next/og";
import { cachedPng } from "@/lib/og-cache";

export const ogSize = { width: 1200, height: 630 };

// Fonts from an npm package: the build needs no network. Satori reads WOFF, not WOFF2.
const fontPath = (weight: number) => path.join(process.cwd(), `node_modules/@fontsource/inter/files/inter-latin-${weight}-normal.woff`);
const fontFile = (weight: number) => readFile(fontPath(weight));
/** What the card looks like depends on: this file and its fonts (a change renders every cached image again). */
const DESIGN = [path.join(process.cwd(), "components/seo/og-card.tsx"), fontPath(400), fontPath(700)];

export interface OgCardOptions {
  title: string;
  clinicName: string;
  eyebrow?: string;
}

/** The share image: the page title and the clinic's name, nothing that could read as a claim. */
export function renderOgCard(options: OgCardOptions) {
  return cachedPng(options, DESIGN, () => drawOgCard(options));
}

async function drawOgCard({ title, clinicName, eyebrow }: OgCardOptions) {
  const [regular, bold] = await Promise.all([fontFile(400), fontFile(700)]);
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: "72px 80px",
        background: "linear-gradient(135deg, #0f3d47 0%, #1d6470 100%)",
        color: "white",
        fontFamily: "Inter",
      }}
    >
      <div style={{ display: "flex", fontSize: 30, opacity: 0.85 }}>{eyebrow ?? "Treatment information"}</div>
      <div style={{ display: "flex", fontSize: 76, fontWeight: 700, lineHeight: 1.1 }}>{title}</div>
      <div style={{ display: "flex", fontSize: 34 }}>{clinicName}</div>
    </div>,
    {
      ...ogSize,
      fonts: [
        { name: "Inter", data: regular, weight: 400, style: "normal" },
        { name: "Inter", data: bold, weight: 700, style: "normal" },
      ],
    },
  );
}
