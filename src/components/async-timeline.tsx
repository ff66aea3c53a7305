import { drawableRuns, formatSeconds, layoutRun, type AsyncRun, type AsyncTimeline, type TimelineLayout } from "@/lib/async-timeline";

const percent = (at: number, layout: TimelineLayout) => `${Math.min(100, (at / layout.scale) * 100)}%`;
const width = (from: number, to: number, layout: TimelineLayout) => `max(3px, ${Math.min(100, ((to - from) / layout.scale) * 100)}%)`;

/**
 * What the virtual clock saw in a test's async runs: virtual time across, one row per task or label, blocking
 * sleeps marked, the expected time beside the learner's. The drawing is one image with a summary for screen
 * readers; the table under it lists every stored event for keyboard and screen-reader users.
 */
export function AsyncTimelineView({ timeline }: { timeline: AsyncTimeline }) {
  const hiddenRuns = (timeline.runs_total ?? timeline.runs.length) - timeline.runs.length;
  const runs = drawableRuns(timeline);
  if (runs.length === 0) return null;
  return (
    <div className="mt-2 space-y-3">
      {runs.map((run, index) => (
        <AsyncRunView key={index} run={run} title={runs.length > 1 ? `Async run ${index + 1}` : "Async timeline"} />
      ))}
      {hiddenRuns > 0 && <p className="text-xs text-slate-500">and {hiddenRuns} more async runs in this test, not shown.</p>}
    </div>
  );
}

function AsyncRunView({ run, title }: { run: AsyncRun; title: string }) {
  const layout = layoutRun(run);
  const hasExpected = run.expected_elapsed !== undefined;
  return (
    <figure className="rounded-lg border border-slate-200 bg-white p-3" data-testid="async-timeline">
      <figcaption className="text-xs font-semibold uppercase tracking-wide text-slate-500">
        {title} <span className="font-normal normal-case tracking-normal">(virtual seconds)</span>
      </figcaption>
      <p className="mt-1 text-sm text-slate-700">{layout.summary}</p>
      <div role="img" aria-label={layout.summary} className="mt-2 grid grid-cols-[minmax(5rem,9rem)_1fr] gap-x-2 gap-y-1 text-xs">
        {hasExpected && (
          <Row name="Expected" layout={layout} run={run}>
            <span
              className="absolute inset-y-0.5 left-0 rounded border-2 border-dashed border-slate-500 bg-slate-100"
              style={{ width: width(0, run.expected_elapsed!, layout) }}
            />
            <BarText at={run.expected_elapsed!} layout={layout} text={formatSeconds(run.expected_elapsed!)} />
          </Row>
        )}
        <Row name="Your run" layout={layout} run={run}>
          <span
            className={`absolute inset-y-0.5 left-0 rounded ${layout.late ? "bg-red-600" : hasExpected ? "bg-emerald-600" : "bg-slate-600"}`}
            style={{ width: width(0, run.elapsed, layout) }}
          />
          <BarText at={run.elapsed} layout={layout} text={formatSeconds(run.elapsed)} />
        </Row>
        {layout.rows.map((row) => (
          <Row key={row.name} name={row.name} layout={layout} run={run} testId="timeline-row">
            <span
              className="absolute inset-y-1 rounded bg-brand-100 ring-1 ring-brand-500"
              style={{ left: percent(row.start, layout), width: width(row.start, row.end, layout) }}
            />
            {row.marks.map((mark, index) => (
              <span
                key={index}
                title={`${formatSeconds(mark.at)}: ${mark.label}`}
                className="absolute top-1/2 h-2.5 w-2.5 -translate-x-1/2 -translate-y-1/2 rounded-full border-2 border-white bg-brand-700"
                style={{ left: percent(mark.at, layout) }}
              />
            ))}
          </Row>
        ))}
        {layout.hiddenRows > 0 && (
          <p className="col-span-2 text-slate-500">and {layout.hiddenRows} more rows: see the table.</p>
        )}
        {run.blocking.length > 0 && (
          <Row name="time.sleep (blocks the loop)" layout={layout} run={run} strong>
            {run.blocking.map(([at, seconds], index) => (
              <span
                key={index}
                className="absolute inset-y-0.5 rounded bg-red-600 bg-[repeating-linear-gradient(45deg,transparent_0_4px,rgba(255,255,255,0.45)_4px_8px)]"
                style={{ left: percent(at, layout), width: width(at, at + seconds, layout) }}
              />
            ))}
          </Row>
        )}
        <span />
        <div className="relative h-4 text-[0.7rem] tabular-nums text-slate-600">
          {layout.ticks.map((tick, index) => (
            <span
              key={tick}
              className={`absolute top-0 whitespace-nowrap ${index === 0 ? "" : index === layout.ticks.length - 1 ? "-translate-x-full" : "-translate-x-1/2"}`}
              style={{ left: percent(tick, layout) }}
            >
              {formatSeconds(tick)}
            </span>
          ))}
        </div>
      </div>
      <TimelineTable run={run} />
    </figure>
  );
}

/** One labelled track; blocking sleeps shade every track, and the expected end is a dashed line across them all. */
function Row({
  name,
  layout,
  run,
  strong = false,
  testId,
  children,
}: {
  name: string;
  layout: TimelineLayout;
  run: AsyncRun;
  strong?: boolean;
  testId?: string;
  children: React.ReactNode;
}) {
  return (
    <>
      <span className={`truncate py-0.5 font-mono ${strong ? "font-semibold text-red-700" : "text-slate-700"}`} title={name}>
        {name}
      </span>
      <div className="relative h-6 rounded bg-slate-50" data-testid={testId}>
        {layout.ticks.slice(1, -1).map((tick) => (
          <span key={tick} className="absolute inset-y-0 w-px bg-slate-200" style={{ left: percent(tick, layout) }} />
        ))}
        {run.blocking.map(([at, seconds], index) => (
          <span key={`b${index}`} className="absolute inset-y-0 bg-red-100" style={{ left: percent(at, layout), width: width(at, at + seconds, layout) }} />
        ))}
        {children}
        {run.expected_elapsed !== undefined && (
          <span className="absolute inset-y-0 border-l-2 border-dashed border-slate-600" style={{ left: percent(run.expected_elapsed, layout) }} />
        )}
      </div>
    </>
  );
}

/** A bar's length written just past its end, or inside it when the bar reaches the right edge. */
function BarText({ at, layout, text }: { at: number; layout: TimelineLayout; text: string }) {
  const nearEnd = at / layout.scale > 0.8;
  return (
    <span
      className={`absolute top-1/2 -translate-y-1/2 whitespace-nowrap px-1 font-semibold tabular-nums ${nearEnd ? "-translate-x-full text-white" : "text-slate-800"}`}
      style={{ left: percent(at, layout) }}
    >
      <span className={nearEnd ? "rounded bg-slate-900/70 px-1" : ""}>{text}</span>
    </span>
  );
}

function TimelineTable({ run }: { run: AsyncRun }) {
  const rows: { at: number; what: string }[] = [
    ...run.events.map(([at, label]) => ({ at, what: label })),
    ...run.blocking.map(([at, seconds]) => ({ at, what: `time.sleep(${Number(seconds.toFixed(3))}) blocked the whole loop until ${formatSeconds(at + seconds)}` })),
    { at: run.elapsed, what: "the run ended" },
    ...(run.expected_elapsed === undefined ? [] : [{ at: run.expected_elapsed, what: "(the test expected the run to end here)" }]),
  ].sort((a, b) => a.at - b.at);
  const more = (run.events_total ?? run.events.length) - run.events.length + ((run.blocking_total ?? run.blocking.length) - run.blocking.length);
  return (
    <details className="mt-2 text-sm">
      <summary className="cursor-pointer rounded text-xs font-medium text-brand-700 hover:underline focus-visible:outline-2 focus-visible:outline-brand-500">
        Timeline as a table ({rows.length} rows)
      </summary>
      <table className="mt-1 w-full text-left text-xs">
        <caption className="sr-only">What happened, in virtual time order</caption>
        <thead>
          <tr className="border-b border-slate-200 text-slate-600">
            <th scope="col" className="py-1 pr-3 font-medium">Virtual time</th>
            <th scope="col" className="py-1 font-medium">What happened</th>
          </tr>
        </thead>
        <tbody className="font-mono text-slate-800">
          {rows.map((row, index) => (
            <tr key={index}>
              <td className="py-0.5 pr-3 tabular-nums">{formatSeconds(row.at)}</td>
              <td className="py-0.5 break-all">{row.what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {more > 0 && <p className="mt-1 text-xs text-slate-500">{more} more events happened after these and are not stored.</p>}
      {run.never_awaited?.length ? <p className="mt-1 text-xs text-slate-600">Never awaited: {run.never_awaited.join(", ")}</p> : null}
    </details>
  );
}
