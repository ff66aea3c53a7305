"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { LocalTime } from "@/components/local-time";
import { CodeEditor } from "./code-editor";
import { GradingResultView, formatScore } from "./grading-result";
import { asGradingResult, errorLineOf, type AttemptSummary, type GradingResult, type SubmissionView } from "./grading-types";
import { openAttemptAction } from "./actions";
import { ATTEMPT_OUTCOME_LABEL, ATTEMPT_OUTCOME_MEANING, attemptOutcome } from "@/lib/attempt-outcome";
import { useBrowserRun } from "./use-browser-run";
import { RunOutput, runStatusText } from "./run-output";

type OpenedAttempt = AttemptSummary & { code: string; result: GradingResult | null };

const POLL_MS = 700;
const draftKey = (slug: string) => `pygrade:draft:${slug}`;
const isFinished = (submission: SubmissionView) => submission.status === "graded" || submission.status === "error";

async function fetchSubmission(id: string): Promise<SubmissionView> {
  const response = await fetch(`/api/submissions/${encodeURIComponent(id)}`, { cache: "no-store" });
  if (!response.ok) throw new Error(await errorMessage(response));
  return (await response.json()) as SubmissionView;
}

async function errorMessage(response: Response): Promise<string> {
  const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
  return body?.error?.message ?? `The server answered ${response.status}. Please try again.`;
}

/**
 * Follows one submission until it is graded: server-sent `status` events when the server offers them, polling every
 * 700 ms when it does not (or the stream drops), and a slow poll as a safety net either way.
 */
function followSubmission(id: string, onUpdate: (submission: SubmissionView) => void, onError: (message: string) => void): () => void {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let events: EventSource | undefined;
  let interval = POLL_MS;
  const stop = () => {
    stopped = true;
    clearTimeout(timer);
    events?.close();
  };
  const deliver = (submission: SubmissionView) => {
    if (stopped) return;
    onUpdate(submission);
    if (isFinished(submission)) stop();
  };
  const refresh = async () => {
    if (stopped) return;
    try {
      deliver(await fetchSubmission(id));
    } catch (error) {
      if (!stopped) onError((error as Error).message);
      stop();
    }
  };
  const poll = () => {
    if (stopped) return;
    timer = setTimeout(async () => {
      await refresh();
      poll();
    }, interval);
  };
  if (typeof EventSource !== "undefined") {
    events = new EventSource(`/api/submissions/${encodeURIComponent(id)}/events`);
    events.addEventListener("status", (event) => {
      try {
        deliver(JSON.parse((event as MessageEvent<string>).data) as SubmissionView);
      } catch {
        void refresh();
      }
    });
    events.onopen = () => (interval = 3000);
    events.onerror = () => {
      // No stream, or it dropped: fall back to steady polling.
      events?.close();
      interval = POLL_MS;
    };
  }
  poll();
  return stop;
}

export function ExerciseWorkspace({
  slug,
  title,
  starter,
  signedIn,
  attempts,
  example,
  pyodideBase,
}: {
  slug: string;
  title: string;
  starter: string;
  signedIn: boolean;
  attempts: AttemptSummary[];
  /** The exercise's public example.py, run after the learner's code by "Run". */
  example: string | null;
  /** Where this app serves Pyodide from (its own origin). */
  pyodideBase: string;
}) {
  const router = useRouter();
  const [code, setCode] = useState(starter);
  const [live, setLive] = useState<SubmissionView | null>(null);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [errorLine, setErrorLine] = useState<number | null>(null);
  const [opened, setOpened] = useState<OpenedAttempt | null>(null);
  const [opening, setOpening] = useState<string | null>(null);
  const stopFollowing = useRef<(() => void) | null>(null);
  const grading = submitting || (live !== null && !isFinished(live));
  const browserRun = useBrowserRun(pyodideBase);
  const running = browserRun.state.phase === "loading" || browserRun.state.phase === "running";

  // The draft lives in this browser only, per exercise; read after mount so server and client render the same.
  useEffect(() => {
    const saved = window.localStorage.getItem(draftKey(slug));
    // eslint-disable-next-line react-hooks/set-state-in-effect -- localStorage is only readable after hydration
    if (saved !== null) setCode(saved);
  }, [slug]);
  useEffect(() => () => stopFollowing.current?.(), []);

  const changeCode = useCallback(
    (next: string) => {
      setCode(next);
      setErrorLine(null);
      if (next === starter) window.localStorage.removeItem(draftKey(slug));
      else window.localStorage.setItem(draftKey(slug), next);
    },
    [slug, starter],
  );

  const submit = useCallback(async () => {
    if (!signedIn || grading) return;
    setSubmitError(null);
    setErrorLine(null);
    setOpened(null);
    setSubmitting(true);
    try {
      const response = await fetch(`/api/exercises/${encodeURIComponent(slug)}/submissions`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ code }),
      });
      if (!response.ok) {
        setSubmitError(await errorMessage(response));
        return;
      }
      const created = (await response.json()) as { id: string; status: SubmissionView["status"] };
      setLive({ id: created.id, status: created.status, score: null, max_score: 0 });
      stopFollowing.current?.();
      stopFollowing.current = followSubmission(
        created.id,
        (submission) => {
          setLive(submission);
          if (isFinished(submission)) {
            setErrorLine(errorLineOf(asGradingResult(submission.result, submission.max_score)));
            // Re-reads the page's server data: the attempt history and the solved badge.
            router.refresh();
          }
        },
        (message) => setSubmitError(message),
      );
    } catch {
      setSubmitError("Could not reach the server. Check your connection and try again.");
    } finally {
      setSubmitting(false);
    }
  }, [code, grading, router, signedIn, slug]);

  const runInBrowser = async () => {
    if (running) return browserRun.stop();
    setErrorLine(null);
    const result = await browserRun.run(code, example);
    if (result.kind === "finished") setErrorLine(result.outcome.error?.line ?? null);
  };

  const reset = () => {
    if (code !== starter && !window.confirm("Replace your code with the starter code? Your draft will be lost.")) return;
    changeCode(starter);
  };

  const open = async (attempt: AttemptSummary) => {
    if (opened?.id === attempt.id) return setOpened(null);
    setOpening(attempt.id);
    const data = new FormData();
    data.set("id", attempt.id);
    const answer = await openAttemptAction(null, data);
    setOpening(null);
    if (answer?.ok) setOpened({ ...attempt, code: answer.data.code, result: asGradingResult(answer.data.result, attempt.maxScore) });
    else setSubmitError(answer?.message ?? "Could not open that attempt.");
  };

  const restore = (attempt: OpenedAttempt) => {
    changeCode(attempt.code);
    setOpened(null);
    setErrorLine(errorLineOf(attempt.result));
  };

  return (
    <div className="space-y-4">
      <section aria-labelledby="editor-heading" className="card overflow-hidden">
        <div className="flex items-center justify-between gap-2 border-b border-slate-200 px-4 py-2">
          <h2 id="editor-heading" className="text-sm font-semibold text-slate-700">Your solution</h2>
          <p id="editor-keys" className="hidden text-xs text-slate-600 sm:block">
            <kbd className="rounded border border-slate-300 bg-slate-50 px-1 font-mono">Ctrl</kbd>/<kbd className="rounded border border-slate-300 bg-slate-50 px-1 font-mono">⌘</kbd>+<kbd className="rounded border border-slate-300 bg-slate-50 px-1 font-mono">Enter</kbd> submits
            {" · "}
            <kbd className="rounded border border-slate-300 bg-slate-50 px-1 font-mono">Esc</kbd> then <kbd className="rounded border border-slate-300 bg-slate-50 px-1 font-mono">Tab</kbd> leaves the editor
          </p>
        </div>
        <CodeEditor value={code} onChange={changeCode} onSubmit={submit} errorLine={errorLine} label={`Python code for ${title}`} />
        <div className="flex flex-wrap items-center justify-between gap-2 border-t border-slate-200 bg-slate-50 px-4 py-3">
          <button type="button" className="btn-secondary" onClick={reset} disabled={code === starter}>
            Reset to starter
          </button>
          <div className="flex flex-wrap items-center gap-2">
            <button type="button" className="btn-secondary min-w-24" onClick={() => void runInBrowser()}>
              {running ? (
                <>
                  <span aria-hidden className="h-2.5 w-2.5 rounded-sm bg-red-600" /> Stop
                </>
              ) : (
                <>
                  <span aria-hidden className="text-brand-600">▶</span> Run
                </>
              )}
            </button>
            {signedIn ? (
              // aria-disabled rather than disabled: the button keeps keyboard focus while its submission is graded.
              <button type="button" className="btn-primary min-w-32 aria-disabled:cursor-not-allowed aria-disabled:opacity-60" onClick={submit} aria-disabled={grading}>
                {grading ? "Grading…" : "Submit"}
              </button>
            ) : (
              <Link href={`/signup`} className="btn-primary">Sign up to submit</Link>
            )}
          </div>
        </div>
        <p className="border-t border-slate-200 bg-slate-50 px-4 pb-3 text-xs text-slate-600">
          <strong className="font-semibold">Run</strong> tries your code here, in your browser
          {example ? ", then runs the exercise's example with it" : ""}. Only <strong className="font-semibold">Submit</strong> grades it,
          on our server, against hidden tests.
        </p>
      </section>

      <section aria-labelledby="run-heading" className={browserRun.state.phase === "idle" ? "sr-only" : "card p-4"}>
        <h2 id="run-heading" className="mb-2 text-sm font-semibold text-slate-700">Run in your browser</h2>
        <p role="status" aria-live="polite" className="mb-2 text-sm text-slate-700">{runStatusText(browserRun.state)}</p>
        {browserRun.state.phase !== "idle" && <RunOutput state={browserRun.state} />}
      </section>

      {submitError && (
        <div role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {submitError}
        </div>
      )}

      <section aria-labelledby="result-heading" className={live ? "" : "sr-only"}>
        <h2 id="result-heading" className="mb-2 text-sm font-semibold text-slate-700">Result</h2>
        <div role="status" aria-live="polite">
          {live && (
            <GradingResultView status={live.status} result={asGradingResult(live.result, live.max_score)} score={live.score} maxScore={live.max_score} />
          )}
        </div>
      </section>

      {signedIn && (
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
      )}
    </div>
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
