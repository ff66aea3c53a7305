"use client";

import { useState } from "react";
import { LocalTime } from "@/components/local-time";
import { ATTEMPT_OUTCOME_LABEL, ATTEMPT_OUTCOME_MEANING, attemptOutcome } from "@/lib/attempt-outcome";
import { openAttemptAction } from "./actions";
import { GradingResultView, formatScore } from "./grading-result";
import { asGradingResult, type AttemptSummary, type GradingResult } from "./grading-types";

export type OpenedAttempt = AttemptSummary & { code: string; result: GradingResult | null };

/**
 * The learner's attempts at one exercise, newest first: each with its outcome, and one at a time opened to show its
 * code and result, and to restore that code into the editor.
 */
export function AttemptHistory({
  attempts,
  onRestore,
  onError,
}: {
  attempts: AttemptSummary[];
  onRestore: (attempt: OpenedAttempt) => void;
  onError: (message: string) => void;
}) {
  const [opened, setOpened] = useState<OpenedAttempt | null>(null);
  const [opening, setOpening] = useState<string | null>(null);

  const open = async (attempt: AttemptSummary) => {
    if (opened?.id === attempt.id) return setOpened(null);
    setOpening(attempt.id);
    const data = new FormData();
    data.set("id", attempt.id);
    const answer = await openAttemptAction(null, data);
    setOpening(null);
    if (answer?.ok) setOpened({ ...attempt, code: answer.data.code, result: asGradingResult(answer.data.result, attempt.maxScore) });
    else onError(answer?.message ?? "Could not open that attempt.");
  };

  const restore = (attempt: OpenedAttempt) => {
    setOpened(null);
    onRestore(attempt);
  };

  return (
    <section aria-labelledby="history-heading" className="card">
      <h2 id="history-heading" className="border-b border-slate-200 px-4 py-2 text-sm font-semibold text-slate-700">
        Your attempts
      </h2>
      {attempts.length === 0 ? (
        <p className="px-4 py-3 text-sm text-slate-500">No attempts yet. Submit your code to see how it does.</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {attempts.map((attempt, index) => (
            <li key={attempt.id} className="flex items-center gap-3 px-4 py-2 text-sm">
              <AttemptIcon attempt={attempt} />
              <span className="flex-1 text-slate-700">
                <LocalTime iso={attempt.createdAt} />
              </span>
              <span className="tabular-nums text-slate-600">
                {attempt.score === null ? "–" : `${formatScore(attempt.score)} / ${attempt.maxScore}`}
              </span>
              <span className="w-24 text-slate-500" title={ATTEMPT_OUTCOME_MEANING[attemptOutcome(attempt)]}>
                {ATTEMPT_OUTCOME_LABEL[attemptOutcome(attempt)]}
              </span>
              {attempt.regrade && (
                <span className="badge bg-violet-100 text-violet-800" title="Graded again after the exercise's tests changed">Regraded</span>
              )}
              <button
                type="button"
                className="rounded px-2 py-1 text-sm font-medium text-brand-600 hover:bg-brand-50"
                aria-expanded={opened?.id === attempt.id}
                aria-label={`${opened?.id === attempt.id ? "Close" : "Open"} attempt ${attempts.length - index}`}
                onClick={() => void open(attempt)}
                disabled={opening === attempt.id}
              >
                {opened?.id === attempt.id ? "Close" : opening === attempt.id ? "Opening…" : "Open"}
              </button>
            </li>
          ))}
        </ul>
      )}
      {opened && (
        <div className="space-y-3 border-t border-slate-200 bg-slate-50 p-4">
          <div className="flex items-center justify-between gap-2">
            <h3 className="text-sm font-semibold text-slate-800">
              Attempt {attempts.length - attempts.findIndex((attempt) => attempt.id === opened.id)} · <LocalTime iso={opened.createdAt} />
            </h3>
            <button type="button" className="btn-secondary" onClick={() => restore(opened)}>
              Restore into editor
            </button>
          </div>
          <pre aria-label="Code of this attempt" tabIndex={0} className="max-h-72 overflow-auto rounded-lg bg-slate-900 p-3 font-mono text-xs text-slate-100">
            {opened.code}
          </pre>
          {opened.regrade && <RegradeNote regrade={opened.regrade} />}
          <GradingResultView status={opened.status} result={opened.result} score={opened.score} maxScore={opened.maxScore} />
        </div>
      )}
    </section>
  );
}

function RegradeNote({ regrade }: { regrade: NonNullable<AttemptSummary["regrade"]> }) {
  return (
    <p className="rounded-md border border-violet-200 bg-violet-50 px-3 py-2 text-sm text-violet-900" data-testid="regrade-note">
      This grade comes from a regrade on <LocalTime iso={regrade.at} />, after the exercise&apos;s tests were changed. Before
      it, this attempt scored {formatScore(regrade.previousScore)} / {regrade.previousMaxScore}.
    </p>
  );
}

function AttemptIcon({ attempt }: { attempt: AttemptSummary }) {
  const outcome = attemptOutcome(attempt);
  const style =
    outcome === "passed" ? "bg-emerald-500" : outcome === "failed" ? "bg-red-500" : outcome === "code-error" ? "bg-amber-500" : "bg-slate-400";
  return <span aria-hidden className={`h-2.5 w-2.5 shrink-0 rounded-full ${style}`} />;
}
