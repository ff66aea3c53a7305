import type { Metadata } from "next";
import Link from "next/link";
import { getCurrentUser } from "@/server/auth/current-user";
import { getStudentItemAttempts, type StudentAttempt } from "@/server/classes/student-item-attempts";
import { loadForPage } from "@/server/http/page-access";
import { highlightPython } from "@/server/content/render-markdown";
import { lineDiff } from "@/lib/line-diff";
import { LocalTime } from "@/components/local-time";
import { AsyncTimelineView } from "@/components/async-timeline";
import { drawableRuns } from "@/lib/async-timeline";
import { ATTEMPT_OUTCOME_LABEL, ATTEMPT_OUTCOME_MEANING, attemptOutcome } from "@/lib/attempt-outcome";

export const metadata: Metadata = { title: "Attempts" };

type Params = { id: string; userId: string; exerciseSlug: string };

export default async function StudentItemAttemptsPage({
  params,
  searchParams,
}: {
  params: Promise<Params>;
  searchParams: Promise<{ attempt?: string }>;
}) {
  const { id, userId, exerciseSlug } = await params;
  const path = `/teach/classes/${id}/students/${userId}/items/${exerciseSlug}`;
  const viewer = await getCurrentUser();
  const data = await loadForPage(path, () => getStudentItemAttempts(viewer, id, userId, exerciseSlug));
  const { attempts } = data;
  const requested = Number((await searchParams).attempt);
  const number = Number.isInteger(requested) && requested >= 1 && requested <= attempts.length ? requested : attempts.length;
  const current = attempts[number - 1];
  const previous = number > 1 ? attempts[number - 2] : undefined;
  const firstSolve = attempts.find((attempt) => attempt.maxScore > 0 && (attempt.score ?? 0) >= attempt.maxScore);

  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm text-slate-500">
          <Link href="/teach" className="hover:underline">Your classes</Link> /{" "}
          <Link href={`/teach/classes/${id}`} className="hover:underline">{data.classroom.name}</Link> /{" "}
          <Link href={`/teach/classes/${id}/items/${exerciseSlug}`} className="hover:underline">{data.exercise.title}</Link>
        </p>
        <h1 className="text-3xl font-bold tracking-tight">
          {data.student.name} <span className="text-slate-500">·</span> {data.exercise.title}
        </h1>
        <p className="mt-1 text-sm text-slate-600">
          {attempts.length} {attempts.length === 1 ? "attempt" : "attempts"}
          {data.dueAt && <> · due <LocalTime iso={data.dueAt.toISOString()} /></>}
          {firstSolve ? (
            <>
              {" "}· first solved on attempt {firstSolve.number}
              {data.dueAt && firstSolve.createdAt > data.dueAt && <span className="badge ml-2 bg-sky-100 text-sky-800">late</span>}
            </>
          ) : (
            " · not solved yet"
          )}
        </p>
      </div>

      {!current ? (
        <p className="card p-8 text-center text-slate-600">{data.student.name} has not submitted this exercise yet.</p>
      ) : (
        <>
          <nav aria-label="Attempts" className="card flex flex-wrap items-center gap-2 p-3">
            <Link
              href={`${path}?attempt=${number - 1}`}
              aria-disabled={!previous}
              className={`btn-secondary px-3 py-1 ${previous ? "" : "pointer-events-none opacity-40"}`}
            >
              ← Previous
            </Link>
            <ol className="flex flex-1 flex-wrap gap-1.5">
              {attempts.map((attempt) => (
                <li key={attempt.id}>
                  <Link
                    href={`${path}?attempt=${attempt.number}`}
                    aria-current={attempt.number === number ? "step" : undefined}
                    title={`Attempt ${attempt.number}: ${scoreText(attempt)}, ${ATTEMPT_OUTCOME_LABEL[attemptOutcome(attempt)].toLowerCase()}`}
                    className={`inline-flex h-8 min-w-8 items-center justify-center rounded-md px-2 text-xs font-semibold tabular-nums ${chipColour(attempt)} ${attempt.number === number ? "ring-2 ring-brand-600 ring-offset-1" : ""}`}
                  >
                    {attempt.number}
                  </Link>
                </li>
              ))}
            </ol>
            <Link
              href={`${path}?attempt=${number + 1}`}
              aria-disabled={number >= attempts.length}
              className={`btn-secondary px-3 py-1 ${number < attempts.length ? "" : "pointer-events-none opacity-40"}`}
            >
              Next →
            </Link>
          </nav>

          <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
            <section aria-labelledby="code-heading" className="min-w-0">
              <div className="mb-2 flex items-baseline justify-between">
                <h2 id="code-heading" className="text-lg font-semibold">Attempt {number} of {attempts.length}</h2>
                <p className="text-sm text-slate-500">
                  <LocalTime iso={current.createdAt.toISOString()} />
                </p>
              </div>
              <CodeBlock code={current.code} />
            </section>
            <aside aria-labelledby="result-heading" className="card h-fit p-5">
              <h2 id="result-heading" className="text-lg font-semibold">Result</h2>
              <p className={`mt-2 text-3xl font-bold tabular-nums ${verdictColour(current)}`}>{scoreText(current)}</p>
              <dl className="mt-3 grid grid-cols-2 gap-y-1 text-sm">
                <dt className="text-slate-500">Status</dt>
                <dd title={ATTEMPT_OUTCOME_MEANING[attemptOutcome(current)]}>{ATTEMPT_OUTCOME_LABEL[attemptOutcome(current)]}</dd>
                <dt className="text-slate-500">Grading time</dt>
                <dd>{current.durationMs === null ? "–" : `${(current.durationMs / 1000).toFixed(2)} s`}</dd>
                {current.regradedAt && (
                  <>
                    <dt className="text-slate-500">Regraded</dt>
                    <dd><LocalTime iso={current.regradedAt.toISOString()} /></dd>
                  </>
                )}
              </dl>
              {current.message && <p className="mt-3 rounded-md bg-red-50 p-2 text-sm text-red-800">{current.message}</p>}
              <h3 className="mt-5 text-sm font-semibold text-slate-700">Tests</h3>
              {current.tests.length === 0 ? (
                <p className="mt-1 text-sm text-slate-500">No test results.</p>
              ) : (
                <ul className="mt-2 space-y-2">
                  {current.tests.map((test) => (
                    <li key={test.name} className="text-sm">
                      <div className="flex items-center gap-2">
                        <span aria-hidden className={test.status === "pass" ? "text-emerald-600" : "text-red-600"}>{test.status === "pass" ? "✔" : "✘"}</span>
                        <span className="font-mono text-xs">{test.name}</span>
                        <span className="sr-only">{test.status}</span>
                      </div>
                      {test.message && test.status !== "pass" && (
                        <pre tabIndex={0} className="ml-6 mt-1 max-h-32 overflow-auto whitespace-pre-wrap rounded bg-slate-50 p-2 text-xs text-slate-700">{test.message}</pre>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </aside>
          </div>

          {current.tests.some((test) => test.timeline && drawableRuns(test.timeline).length > 0) && (
            <section aria-labelledby="timelines-heading" className="space-y-3">
              <h2 id="timelines-heading" className="text-lg font-semibold">Async timelines</h2>
              {current.tests.map((test) =>
                test.timeline && drawableRuns(test.timeline).length > 0 ? (
                  <div key={test.name} className="card p-4">
                    <h3 className="flex items-center gap-2 text-sm font-medium">
                      <span aria-hidden className={test.status === "pass" ? "text-emerald-600" : "text-red-600"}>{test.status === "pass" ? "✔" : "✘"}</span>
                      <span className="font-mono text-xs">{test.name}</span>
                      <span className="sr-only">{test.status}</span>
                    </h3>
                    <AsyncTimelineView timeline={test.timeline} />
                  </div>
                ) : null,
              )}
            </section>
          )}

          {previous && (
            <section aria-labelledby="diff-heading">
              <h2 id="diff-heading" className="mb-2 text-lg font-semibold">Changes since attempt {previous.number}</h2>
              <DiffBlock before={previous.code} after={current.code} />
            </section>
          )}
        </>
      )}
    </div>
  );
}

function CodeBlock({ code }: { code: string }) {
  const lineCount = code.replace(/\n$/, "").split("\n").length;
  return (
    <div tabIndex={0} role="region" aria-label="Submitted code" className="flex overflow-x-auto rounded-xl bg-slate-900 text-sm leading-6">
      <pre aria-hidden className="select-none border-r border-slate-700 px-3 py-4 text-right font-mono text-slate-400">
        {Array.from({ length: lineCount }, (_, index) => index + 1).join("\n")}
      </pre>
      <pre className="flex-1 px-4 py-4 font-mono text-slate-100">
        <code dangerouslySetInnerHTML={{ __html: highlightPython(code.replace(/\n$/, "")) }} />
      </pre>
    </div>
  );
}

function DiffBlock({ before, after }: { before: string; after: string }) {
  const lines = lineDiff(before, after);
  if (!lines) return <p className="text-sm text-slate-600">These attempts are too long to compare line by line.</p>;
  if (lines.every((line) => line.kind === "same")) return <p className="text-sm text-slate-600">No changes: the same code was submitted again.</p>;
  const added = lines.filter((line) => line.kind === "added").length;
  const removed = lines.filter((line) => line.kind === "removed").length;
  return (
    <div tabIndex={0} className="card overflow-x-auto">
      <p className="border-b border-slate-200 px-4 py-2 text-xs text-slate-600">
        <span className="font-semibold text-emerald-700">+{added}</span> <span className="font-semibold text-red-700">−{removed}</span> lines
      </p>
      <table className="w-full font-mono text-xs leading-5">
        <tbody>
          {lines.map((line, index) => (
            <tr key={index} className={line.kind === "added" ? "bg-emerald-50" : line.kind === "removed" ? "bg-red-50" : ""}>
              <td className="w-10 select-none px-2 text-right text-slate-500">{line.oldNumber ?? ""}</td>
              <td className="w-10 select-none px-2 text-right text-slate-500">{line.newNumber ?? ""}</td>
              <td className={`w-5 select-none text-center ${line.kind === "added" ? "text-emerald-700" : "text-red-700"}`}>
                {line.kind === "added" ? "+" : line.kind === "removed" ? "−" : ""}
                <span className="sr-only">{line.kind === "same" ? "" : line.kind}</span>
              </td>
              <td className="whitespace-pre px-2 text-slate-800">{line.text || " "}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function scoreText(attempt: StudentAttempt): string {
  if (attempt.status === "queued" || attempt.status === "running") return "grading…";
  if (attempt.status === "error" || attempt.score === null) return "not graded";
  return `${Number.isInteger(attempt.score) ? attempt.score : attempt.score.toFixed(1)}/${attempt.maxScore}`;
}

function chipColour(attempt: StudentAttempt): string {
  const outcome = attemptOutcome(attempt);
  if (outcome === "passed") return "bg-emerald-500 text-white";
  if (outcome === "grader-error" || outcome === "queued" || outcome === "running") return "bg-slate-200 text-slate-700";
  if (attempt.score !== null && attempt.score > 0) return "bg-amber-100 text-amber-900";
  return "bg-red-100 text-red-800";
}

function verdictColour(attempt: StudentAttempt): string {
  return attemptOutcome(attempt) === "passed" ? "text-emerald-600" : attempt.score ? "text-amber-600" : "text-red-600";
}
