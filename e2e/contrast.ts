import type { Page } from "@playwright/test";

export interface ControlContrast {
  /** How a person would name it: its text, or its accessible label. */
  name: string;
  tag: string;
  color: string;
  background: string;
  ratio: number | null;
  /** Why no ratio could be worked out (text over an image or gradient). */
  unknown?: string;
}

/**
 * Every visible link and button on the page, with its text colour against
 * the background it is actually drawn on: the element's own background, or
 * the first opaque one among its ancestors, with translucent layers between
 * them blended in. Colours are turned into sRGB by the browser itself (a
 * 1×1 canvas), so oklch() and color-mix() theme colours need no parser here.
 */
export function controlContrasts(page: Page): Promise<ControlContrast[]> {
  return page.evaluate(() => {
    const canvas = document.createElement("canvas");
    canvas.width = canvas.height = 1;
    const ctx = canvas.getContext("2d", { willReadFrequently: true });
    if (!ctx) throw new Error("no 2D canvas");
    const rgba = (css: string): [number, number, number, number] => {
      ctx.clearRect(0, 0, 1, 1);
      ctx.fillStyle = "#000";
      ctx.fillStyle = css;
      ctx.fillRect(0, 0, 1, 1);
      const [r = 0, g = 0, b = 0, a = 0] = ctx.getImageData(0, 0, 1, 1).data;
      return [r, g, b, a / 255];
    };
    const over = (top: number[], bottom: number[]) =>
      [0, 1, 2].map((i) => (top[i] ?? 0) * (top[3] ?? 0) + (bottom[i] ?? 0) * (1 - (top[3] ?? 0))).concat(1);
    const luminance = (c: number[]) => {
      const [r, g, b] = c.slice(0, 3).map((v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
    };
    const hex = (c: number[]) => `rgb(${c.slice(0, 3).map(Math.round).join(", ")})`;

    const controls = [
      ...document.querySelectorAll<HTMLElement>('a[href], button, input[type="submit"], input[type="button"], [role="button"], summary'),
    ];
    return controls
      .filter((el) => {
        const box = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        // Visually hidden until focused (the skip link) or not rendered: not what a visitor sees now.
        return box.width > 1 && box.height > 1 && style.visibility !== "hidden" && el.checkVisibility({ opacityProperty: true });
      })
      .map((el) => {
        const name = (el.innerText || el.getAttribute("aria-label") || (el as HTMLInputElement).value || "").trim().replace(/\s+/g, " ");
        const layers: number[][] = [];
        let unknown: string | undefined;
        for (let node: Element | null = el; node; node = node.parentElement) {
          const style = getComputedStyle(node);
          if (style.backgroundImage !== "none") {
            unknown = `text over a background image on <${node.tagName.toLowerCase()}>`;
            break;
          }
          const layer = rgba(style.backgroundColor);
          if ((layer[3] ?? 0) > 0) layers.push(layer);
          if ((layer[3] ?? 0) >= 1) break;
        }
        // The canvas behind everything is white.
        const background = layers.reduceRight<number[]>((below, layer) => over(layer, below), [255, 255, 255, 1]);
        const text = over(rgba(getComputedStyle(el).color), background);
        const [light, dark] = [luminance(text), luminance(background)].sort((a, b) => b - a);
        const ratio = unknown ? null : Math.round((((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05)) * 100) / 100;
        return {
          name,
          tag: el.tagName.toLowerCase(),
          color: hex(text),
          background: hex(background),
          ratio,
          ...(unknown ? { unknown } : {}),
        };
      });
  });
}
