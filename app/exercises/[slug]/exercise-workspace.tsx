"use client";

import { useCallback, useEffect, useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { CodeEditor } from "./code-editor";
import { GradingResultView } from "./grading-result";
import { asGradingResult, errorLineOf, type AttemptSummary } from "./grading-types";
import { AttemptHistory, type OpenedAttempt } from "./attempt-history";
import { useSubmission } from "./use-submission";
import { useBrowserRun } from "./use-browser-run";
import { RunOutput, runStatusText } from "./run-output";

const draftKey = (slug: string) => `pygrade:draft:${slug}`;

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
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [errorLine, setErrorLine] = useState<number | null>(null);
  // Submitting again closes an opened attempt: the history is remounted under a new key.
  const [historyKey, setHistoryKey] = useState(0);
  const { live, grading, submit: submitCode } = useSubmission(slug, {
    onFinished: (submission) => {
      setErrorLine(errorLineOf(asGradingResult(submission.result, submission.max_score)));
      // Re-reads the page's server data: the attempt history and the solved badge.
      router.refresh();
    },
    onError: setSubmitError,
  });
  const browserRun = useBrowserRun(pyodideBase);
  const running = browserRun.state.phase === "loading" || browserRun.state.phase === "running";

  // The draft lives in this browser only, per exercise; read after mount so server and client render the same.
  useEffect(() => {
    const saved = window.localStorage.getItem(draftKey(slug));
    // eslint-disable-next-line react-hooks/set-state-in-effect -- localStorage is only readable after hydration
    if (saved !== null) setCode(saved);
  }, [slug]);

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
    setHistoryKey((key) => key + 1);
    await submitCode(code);
  }, [code, grading, signedIn, submitCode]);

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

  const restore = (attempt: OpenedAttempt) => {
    changeCode(attempt.code);
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

      {signedIn && <AttemptHistory key={historyKey} attempts={attempts} onRestore={restore} onError={setSubmitError} />}
    </div>
  );
}
