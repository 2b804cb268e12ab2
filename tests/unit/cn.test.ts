import { describe, expect, it } from "vitest";
import { cn } from "@/lib/cn";

describe("cn", () => {
  it("lets a later Tailwind class replace an earlier one of the same property, so a button cannot end up white on white", () => {
    expect(cn("bg-brand-700 text-white hover:bg-brand-800", "bg-white text-brand-900 hover:bg-brand-50")).toBe(
      "bg-white text-brand-900 hover:bg-brand-50",
    );
  });

  it("keeps classes of different properties and skips falsy ones", () => {
    expect(cn("rounded-md px-5", false, undefined, "py-2 font-semibold", null)).toBe("rounded-md px-5 py-2 font-semibold");
  });

  it("treats each variant and breakpoint separately", () => {
    expect(cn("p-3 sm:p-0", "sm:p-3")).toBe("p-3 sm:p-3");
  });
});
