/** One grading.run_async call as the checker stores it under a test's `timeline` (see grader/timeline.py). */
export type AsyncRun = {
  /** Virtual seconds the run took. */
  elapsed: number;
  /** What the test expected `elapsed` to be, when it compared the two. */
  expected_elapsed?: number;
  /** `[virtual time, label]` of each `record(label)`, in order (the first ones, when there were many). */
  events: [number, string][];
  /** `[virtual time, seconds]` of each blocking `time.sleep`. */
  blocking: [number, number][];
  never_awaited?: string[];
  /** How many events or blocking sleeps there were when more than the stored ones. */
  events_total?: number;
  blocking_total?: number;
};

/** The async runs of one test (the first ones, when there were many). */
export type AsyncTimeline = { runs: AsyncRun[]; runs_total?: number };

export type TimelineMark = { at: number; label: string };

/** One row of the drawing: the events that share a subject ("start /a" and "end /a" are both about "/a"). */
export type TimelineRow = { name: string; start: number; end: number; marks: TimelineMark[] };

export type TimelineLayout = {
  /** The virtual time at the right edge. */
  scale: number;
  ticks: number[];
  rows: TimelineRow[];
  /** Rows left out of the drawing (the table lists every stored event). */
  hiddenRows: number;
  /** Whether the run took longer than expected (by more than rounding). */
  late: boolean;
  /** Rows that last a while (a start and an end) and never overlap: they ran one after another. */
  sequential: boolean;
  /** The most rows in progress at one instant. */
  mostAtOnce: number;
  summary: string;
};

export const MAX_DRAWN_ROWS = 12;

/** The runs worth drawing: a run in which nothing happened and nothing was expected has nothing to show. */
export function drawableRuns(timeline: AsyncTimeline): AsyncRun[] {
  return timeline.runs.filter(
    (run) => run.elapsed > 0 || run.expected_elapsed !== undefined || run.events.length > 0 || run.blocking.length > 0 || Boolean(run.never_awaited?.length),
  );
}
const EPSILON = 1e-6;
// Words that say when something happened to a subject, not what the subject is: "start /a" and "end /a" share a row.
const LIFECYCLE_WORDS = new Set([
  "start", "started", "starting", "starts", "begin", "began", "begins", "end", "ended", "ends", "done", "finish",
  "finished", "finishes", "stop", "stopped", "cancel", "cancelled", "canceled", "enter", "entered", "exit", "exited",
]);

/** The row a label belongs to: the label without its lifecycle words, or the whole label when that leaves nothing. */
export function rowNameOf(label: string): string {
  const words = label.trim().split(/\s+/);
  const subject = words.filter((word) => !LIFECYCLE_WORDS.has(word.toLowerCase().replace(/[:,.]$/, ""))).join(" ");
  return subject || label.trim() || "(no label)";
}

/** Seconds as a learner reads them: "1 s", "0.25 s", "1.333 s". */
export function formatSeconds(seconds: number): string {
  return `${Number(seconds.toFixed(3))} s`;
}

/** Lays out one run: rows by subject in order of first appearance, a scale with round ticks, and what it shows. */
export function layoutRun(run: AsyncRun): TimelineLayout {
  const byName = new Map<string, TimelineRow>();
  for (const [at, label] of run.events) {
    const name = rowNameOf(label);
    const row = byName.get(name) ?? { name, start: at, end: at, marks: [] };
    row.start = Math.min(row.start, at);
    row.end = Math.max(row.end, at);
    row.marks.push({ at, label });
    byName.set(name, row);
  }
  const rows = [...byName.values()];
  const lastMoment = Math.max(
    run.elapsed,
    run.expected_elapsed ?? 0,
    ...run.events.map(([at]) => at),
    ...run.blocking.map(([at, seconds]) => at + seconds),
  );
  const ticks = niceTicks(lastMoment);
  const scale = ticks[ticks.length - 1] || 1;
  const spans = rows.filter((row) => row.end - row.start > EPSILON);
  const mostAtOnce = mostOverlapping(spans);
  const sequential = spans.length >= 2 && mostAtOnce === 1;
  const late = run.expected_elapsed !== undefined && run.elapsed > run.expected_elapsed + EPSILON;
  return {
    scale,
    ticks,
    rows: rows.slice(0, MAX_DRAWN_ROWS),
    hiddenRows: Math.max(0, rows.length - MAX_DRAWN_ROWS),
    late,
    sequential,
    mostAtOnce,
    summary: summarise(run, spans.length, sequential, mostAtOnce, late),
  };
}

function summarise(run: AsyncRun, spanCount: number, sequential: boolean, mostAtOnce: number, late: boolean): string {
  const parts = [
    `Took ${formatSeconds(run.elapsed)} of virtual time` +
      (run.expected_elapsed === undefined ? "." : `; expected ${formatSeconds(run.expected_elapsed)}${late ? ", so it was too slow." : "."}`),
  ];
  if (sequential) parts.push(`The ${spanCount} rows ran one after another: none overlapped.`);
  else if (spanCount >= 2) parts.push(`Up to ${mostAtOnce} of ${spanCount} rows ran at the same time.`);
  const blockingCount = run.blocking_total ?? run.blocking.length;
  if (blockingCount > 0) {
    const total = run.blocking.reduce((sum, [, seconds]) => sum + seconds, 0);
    parts.push(
      `${blockingCount === 1 ? "A blocking time.sleep" : `${blockingCount} blocking time.sleep calls`} froze the whole loop` +
        (run.blocking_total === undefined ? ` (${formatSeconds(total)} in all).` : "."),
    );
  }
  if (run.never_awaited?.length) parts.push(`Never awaited: ${run.never_awaited.join(", ")}.`);
  return parts.join(" ");
}

/** The most intervals that are open at one instant; intervals that only touch (one ends as the next starts) do not overlap. */
function mostOverlapping(rows: TimelineRow[]): number {
  const edges = rows.flatMap((row) => [
    { at: row.start, change: 1 },
    { at: row.end, change: -1 },
  ]);
  // At the same instant, ends come before starts.
  edges.sort((a, b) => (Math.abs(a.at - b.at) > EPSILON ? a.at - b.at : a.change - b.change));
  let open = 0;
  let most = 0;
  for (const edge of edges) {
    open += edge.change;
    most = Math.max(most, open);
  }
  return most;
}

/** Round tick values from 0 to at least `end` (1, 2 or 5 times a power of ten apart), at most about 6 of them. */
export function niceTicks(end: number): number[] {
  if (!(end > 0)) return [0, 1];
  const rough = end / 5;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= rough - EPSILON) ?? 10 * power;
  const count = Math.ceil(end / step - EPSILON);
  return Array.from({ length: count + 1 }, (_, index) => Number((index * step).toFixed(6)));
}
