import { describe, expect, it } from "vitest";

import { layoutRun, niceTicks, rowNameOf, MAX_DRAWN_ROWS, type AsyncRun } from "@/lib/async-timeline";

const fetches = (starts: number[]): AsyncRun => ({
  elapsed: Math.max(...starts) + 1,
  expected_elapsed: 1,
  events: starts.flatMap((at, index) => [
    [at, `start /${"abc"[index]}:1`],
    [at + 1, `end /${"abc"[index]}:1`],
  ]) as [number, string][],
  blocking: [],
});

describe("layoutRun", () => {
  it("gives each fetch its own row and says three sequential fetches ran one after another", () => {
    const layout = layoutRun(fetches([0, 1, 2]));
    expect(layout.rows.map((row) => [row.name, row.start, row.end])).toEqual([
      ["/a:1", 0, 1],
      ["/b:1", 1, 2],
      ["/c:1", 2, 3],
    ]);
    expect(layout.sequential).toBe(true);
    expect(layout.late).toBe(true);
    expect(layout.summary).toContain("expected 1 s, so it was too slow");
    expect(layout.summary).toContain("The 3 rows ran one after another");
  });

  it("says concurrent fetches overlapped", () => {
    const layout = layoutRun(fetches([0, 0, 0]));
    expect(layout.sequential).toBe(false);
    expect(layout.mostAtOnce).toBe(3);
    expect(layout.late).toBe(false);
    expect(layout.summary).toBe("Took 1 s of virtual time; expected 1 s. Up to 3 of 3 rows ran at the same time.");
  });

  it("names blocking sleeps and never-awaited coroutines", () => {
    const layout = layoutRun({ elapsed: 3, events: [], blocking: [[0, 1], [1, 2]], never_awaited: ["brew"] });
    expect(layout.summary).toBe("Took 3 s of virtual time. 2 blocking time.sleep calls froze the whole loop (3 s in all). Never awaited: brew.");
  });

  it("draws a bounded number of rows for a large trace", () => {
    const events = Array.from({ length: 100 }, (_, n) => [n, `tick ${n}`] as [number, string]);
    const layout = layoutRun({ elapsed: 100, events, blocking: [], events_total: 5000 });
    expect(layout.rows).toHaveLength(MAX_DRAWN_ROWS);
    expect(layout.hiddenRows).toBe(100 - MAX_DRAWN_ROWS);
    expect(layout.scale).toBeGreaterThanOrEqual(100);
  });
});

describe("rowNameOf", () => {
  it.each([
    ["start /a:1", "/a:1"],
    ["end /a:1", "/a:1"],
    ["read started", "read"],
    ["read cancelled", "read"],
    ["closed", "closed"],
    ["done", "done"],
    ["tick 0", "tick 0"],
  ])("%s belongs to row %s", (label, row) => {
    expect(rowNameOf(label)).toBe(row);
  });
});

describe("niceTicks", () => {
  it.each([
    [3, [0, 1, 2, 3]],
    [1, [0, 0.2, 0.4, 0.6, 0.8, 1]],
    [7, [0, 2, 4, 6, 8]],
    [0, [0, 1]],
  ])("ticks up to %s", (end, ticks) => {
    expect(niceTicks(end)).toEqual(ticks);
  });
});
