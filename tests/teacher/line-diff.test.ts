import { describe, expect, it } from "vitest";
import { lineDiff, type DiffLine } from "@/lib/line-diff";

const render = (lines: DiffLine[] | null) =>
  lines?.map((line) => `${line.kind === "same" ? " " : line.kind === "added" ? "+" : "-"}${line.text}`).join("\n");

describe("lineDiff", () => {
  it("shows an edited line as removed then added, keeping the lines around it", () => {
    const before = "def countdown(n):\n    return n\n";
    const after = "def countdown(n):\n    while n > 0:\n        yield n\n        n -= 1\n";
    expect(render(lineDiff(before, after))).toBe(
      [" def countdown(n):", "-    return n", "+    while n > 0:", "+        yield n", "+        n -= 1"].join("\n"),
    );
  });

  it("finds the longest common subsequence when lines move around", () => {
    const lines = lineDiff("a\nb\nc\nd\n", "b\nc\na\nd\n");
    expect(lines?.filter((line) => line.kind === "same").map((line) => line.text)).toEqual(["b", "c", "d"]);
    expect(lines?.filter((line) => line.kind !== "same")).toHaveLength(2);
  });

  it("numbers lines on both sides", () => {
    const lines = lineDiff("x\ny\n", "x\nnew\ny\n")!;
    expect(lines.map((line) => [line.oldNumber, line.newNumber])).toEqual([[1, 1], [null, 2], [2, 3]]);
  });

  it("treats identical texts and CRLF line ends as unchanged", () => {
    expect(lineDiff("a\r\nb\r\n", "a\nb\n")?.every((line) => line.kind === "same")).toBe(true);
    expect(lineDiff("", "a\n")).toEqual([{ kind: "added", text: "a", oldNumber: null, newNumber: 1 }]);
  });

  it("gives up on texts too large to compare rather than stalling the page", () => {
    const big = (seed: string) => Array.from({ length: 3000 }, (_, index) => `${seed}${index}`).join("\n");
    expect(lineDiff(big("a"), big("b"))).toBeNull();
  });
});
