import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ImageResponse } from "next/og";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { cachedPng } from "@/lib/og-cache";

let dir: string;
let design: string;
let renders = 0;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "og-cache-"));
  process.env.OG_CACHE_DIR = path.join(dir, "cache");
  design = path.join(dir, "card.tsx");
  writeFileSync(design, "version 1");
  renders = 0;
});
afterEach(() => {
  delete process.env.OG_CACHE_DIR;
  rmSync(dir, { recursive: true, force: true });
});

// A real (small) share image, counted each time it is drawn.
const draw = (text: string) => () => {
  renders++;
  return new ImageResponse(<div style={{ display: "flex", width: "100%", height: "100%", background: "#0f3d47" }}>{text}</div>, {
    width: 120,
    height: 63,
  });
};
const png = async (response: Response) => Buffer.from(await response.arrayBuffer());

describe("share images are drawn once per content and design", () => {
  test("the same title is drawn once and served the same from the cache", async () => {
    const first = await png(await cachedPng({ title: "A" }, [design], draw("A")));
    const second = await cachedPng({ title: "A" }, [design], draw("A"));
    expect(renders).toBe(1);
    expect(second.headers.get("content-type")).toBe("image/png");
    expect((await png(second)).equals(first)).toBe(true);
  });

  test("another title, a changed design or a damaged file draws it again", async () => {
    await cachedPng({ title: "A" }, [design], draw("A"));
    await cachedPng({ title: "B" }, [design], draw("B"));
    expect(renders).toBe(2);
    writeFileSync(design, "version 2");
    await cachedPng({ title: "A" }, [design], draw("A"));
    expect(renders).toBe(3);
    const cache = process.env.OG_CACHE_DIR ?? "";
    for (const file of readdirSync(cache)) writeFileSync(path.join(cache, file), "not a png");
    const redrawn = await png(await cachedPng({ title: "A" }, [design], draw("A")));
    expect(renders).toBe(4);
    expect(redrawn.subarray(1, 4).toString()).toBe("PNG");
  });
});
