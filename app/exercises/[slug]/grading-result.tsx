import { AsyncTimelineView } from "@/components/async-timeline";
import type { GradingResult, SubmissionStatus, TestOutcome } from "./grading-types";

const LONG_OUTPUT_LINES = 6;
const LONG_OUTPUT_CHARS = 400;

/** The live or stored verdict of one submission: a summary line, then every test with its message and output. */
export function GradingResultView({
  status,
  result,
  score,
  maxScore,
}: {
  status: SubmissionStatus;
  result: GradingResult | null | undefined;
  score: number | null;
  maxScore: number;
}) {
  if (status === "error" && !result) {
    result = { status: "error", message: "Grading failed on our side. Please submit again.", score: 0, max_score: maxScore, tests: [] };
  }
  if (status === "queued" || status === "running" || !result) {
    const text = status === "queued" ? "Queued: waiting for a grader…" : status === "running" ? "Running your code against the tests…" : "Waiting for the result…";
    return (
      <div className="flex items-center gap-3 rounded-lg border border-slate-200 bg-slate-50 px-4 py-3 text-sm text-slate-700">
        <span aria-hidden className="h-4 w-4 animate-spin rounded-full border-2 border-brand-500 border-t-transparent" />
        {text}
      </div>
    );
  }
  if (result.status === "error") {
    return (
      <div className="rounded-lg border border-red-200 bg-red-50 px-4 py-3">
        <p className="font-semibold text-red-800">Your code could not be checked</p>
        <pre tabIndex={0} className="mt-2 overflow-x-auto whitespace-pre-wrap font-mono text-sm text-red-900">{result.message}</pre>
      </div>
    );
  }
  const passed = result.tests.filter((test) => test.status === "pass").length;
  const total = result.tests.length;
  const allPassed = result.status === "pass";
  return (
    <div className={`overflow-hidden rounded-lg border ${allPassed ? "border-emerald-200" : "border-amber-200"}`}>
      <div className={`flex flex-wrap items-center justify-between gap-2 px-4 py-3 ${allPassed ? "bg-emerald-50" : "bg-amber-50"}`}>
        <p className={`font-semibold ${allPassed ? "text-emerald-800" : "text-amber-900"}`}>
          {allPassed ? `All ${total} tests passed. Well done!` : `${passed} of ${total} tests passed, ${total - passed} failed.`}
        </p>
        <p className="text-sm tabular-nums text-slate-700">
          {formatScore(score ?? result.score)} / {maxScore} points
        </p>
      </div>
      {result.message && <p className="border-t border-slate-100 px-4 py-2 text-sm text-slate-700">{result.message}</p>}
      <ul className="divide-y divide-slate-100 bg-white">
        {result.tests.map((test, index) => (
          <TestRow key={`${index}-${test.name}`} test={test} />
        ))}
      </ul>
    </div>
  );
}

function TestRow({ test }: { test: TestOutcome }) {
  const ok = test.status === "pass";
  const output = test.output?.replace(/\s+$/, "");
  const long = output ? output.split("\n").length > LONG_OUTPUT_LINES || output.length > LONG_OUTPUT_CHARS : false;
  return (
    <li className="px-4 py-2.5">
      <div className="flex items-start gap-2">
        <span
          aria-hidden
          className={`mt-0.5 grid h-5 w-5 shrink-0 place-items-center rounded-full text-xs font-bold text-white ${ok ? "bg-emerald-500" : test.status === "fail" ? "bg-red-500" : "bg-amber-500"}`}
        >
          {ok ? "✓" : test.status === "fail" ? "✗" : "!"}
        </span>
        <div className="min-w-0 flex-1">
          <p className="text-sm font-medium text-slate-900">
            {test.name}
            <span className="sr-only">: {ok ? "passed" : test.status === "fail" ? "failed" : "error"}</span>
          </p>
          {test.message && <p className="mt-0.5 whitespace-pre-wrap break-words text-sm text-slate-600">{test.message}</p>}
          {output &&
            (long ? (
              <details className="mt-1">
                <summary className="cursor-pointer text-xs font-medium text-slate-600">Your printed output ({output.split("\n").length} lines)</summary>
                <pre tabIndex={0} className="mt-1 max-h-64 overflow-auto rounded bg-slate-900 p-2 font-mono text-xs text-slate-100">{output}</pre>
              </details>
            ) : (
              <div className="mt-1">
                <p className="text-xs font-medium text-slate-500">Your printed output</p>
                <pre tabIndex={0} className="mt-0.5 overflow-x-auto rounded bg-slate-900 p-2 font-mono text-xs text-slate-100">{output}</pre>
              </div>
            ))}
          {test.timeline && <AsyncTimelineView timeline={test.timeline} />}
        </div>
      </div>
    </li>
  );
}

/** Scores may be fractional with partial credit; show at most two decimals. */
export function formatScore(score: number): string {
  return Number.isInteger(score) ? String(score) : score.toFixed(2).replace(/0+$/, "");
}
