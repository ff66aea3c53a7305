import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/server/auth/current-user";
import { getProgressSummary } from "@/server/progress/get-progress-summary";
import { ProgressBar } from "@/components/progress-bar";
import { LocalTime } from "@/components/local-time";
import { StudentAssignments } from "@/components/student-assignments";
import { PointsChart } from "./points-chart";

export const metadata: Metadata = { title: "Your progress" };

export default async function ProgressPage() {
  const user = await getCurrentUser();
  if (!user) redirect("/login?callbackUrl=/progress");
  const summary = await getProgressSummary(user.id);
  const percent = summary.totalPoints ? Math.round((summary.points / summary.totalPoints) * 100) : 0;
  return (
    <div className="space-y-8">
      <header>
        <h1 className="text-3xl font-bold tracking-tight">Your progress</h1>
        <p className="mt-1 text-slate-600">Everything you have solved so far, and what is next.</p>
      </header>

      <section aria-label="Totals" className="grid gap-4 sm:grid-cols-3">
        <div className="card p-5">
          <p className="text-sm text-slate-500">Exercises solved</p>
          <p className="mt-1 text-3xl font-bold tabular-nums">
            {summary.solved} <span className="text-lg font-medium text-slate-500">/ {summary.exerciseCount}</span>
          </p>
          <ProgressBar value={summary.solved} max={summary.exerciseCount} label="Exercises solved" className="mt-3" />
        </div>
        <div className="card p-5">
          <p className="text-sm text-slate-500">Points</p>
          <p className="mt-1 text-3xl font-bold tabular-nums">
            {summary.points} <span className="text-lg font-medium text-slate-500">/ {summary.totalPoints}</span>
          </p>
          <p className="mt-3 text-sm text-slate-500">{percent}% of the course</p>
        </div>
        <div className="card p-5">
          <p className="text-sm text-slate-500">Quizzes taken</p>
          <p className="mt-1 text-3xl font-bold tabular-nums">{summary.quizzes.length}</p>
          <Link href="/quizzes" className="mt-3 inline-block text-sm font-medium text-brand-600 hover:underline">Browse quizzes</Link>
        </div>
      </section>

      {user.role === "student" && <StudentAssignments userId={user.id} />}

      <section aria-labelledby="chart-heading" className="card p-5">
        <h2 id="chart-heading" className="text-lg font-semibold">Points over time</h2>
        {summary.pointsOverTime.length > 0 ? (
          <div className="mt-4">
            <PointsChart
              points={summary.pointsOverTime.map((point) => ({ at: point.at.getTime(), points: point.points, title: point.title }))}
              totalPoints={summary.totalPoints}
              now={summary.generatedAt.getTime()}
            />
            <p className="sr-only">
              {summary.pointsOverTime.map((point) => `${point.title}: ${point.points} points in total`).join("; ")}
            </p>
          </div>
        ) : (
          <p className="mt-2 text-sm text-slate-600">
            Your points appear here as you solve exercises. <Link href="/exercises" className="text-brand-600 underline">Start with the first one</Link>.
          </p>
        )}
      </section>

      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="steps-heading" className="card p-5">
          <h2 id="steps-heading" className="text-lg font-semibold">By step</h2>
          <ol className="mt-4 space-y-4">
            {summary.steps.map((step, index) => (
              <li key={step.id}>
                <div className="flex items-baseline justify-between gap-3 text-sm">
                  <span className="font-medium text-slate-800">
                    <span className="text-slate-500">{index + 1}.</span> {step.title}
                  </span>
                  <span className="shrink-0 tabular-nums text-slate-500">{step.solved} of {step.total} solved</span>
                </div>
                <ProgressBar value={step.solved} max={step.total} label={`${step.title}: exercises solved`} className="mt-1.5" />
              </li>
            ))}
          </ol>
        </section>

        <div className="space-y-6">
          <section aria-labelledby="quizzes-heading" className="card p-5">
            <h2 id="quizzes-heading" className="text-lg font-semibold">Quiz best scores</h2>
            {summary.quizzes.length === 0 ? (
              <p className="mt-2 text-sm text-slate-600">No quizzes taken yet.</p>
            ) : (
              <ul className="mt-3 divide-y divide-slate-100">
                {summary.quizzes.map((quiz) => (
                  <li key={quiz.slug} className="flex items-center justify-between gap-3 py-2 text-sm">
                    <Link href={`/quizzes/${quiz.slug}`} className="font-medium text-slate-800 hover:text-brand-600 hover:underline">{quiz.title}</Link>
                    <span className="tabular-nums text-slate-600">
                      {quiz.bestScore} / {quiz.maxScore} <span className="text-slate-500">· {quiz.attempts} {quiz.attempts === 1 ? "attempt" : "attempts"}</span>
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section aria-labelledby="recent-heading" className="card p-5">
            <h2 id="recent-heading" className="text-lg font-semibold">Recent activity</h2>
            {summary.recent.length === 0 ? (
              <p className="mt-2 text-sm text-slate-600">Nothing yet: submit an exercise or take a quiz.</p>
            ) : (
              <ul className="mt-3 divide-y divide-slate-100">
                {summary.recent.map((item) => (
                  <li key={`${item.kind}-${item.id}`} className="flex items-center gap-3 py-2 text-sm">
                    <span className={`badge ${item.kind === "quiz" ? "bg-violet-50 text-violet-700" : "bg-sky-50 text-sky-700"}`}>
                      {item.kind === "quiz" ? "Quiz" : "Exercise"}
                    </span>
                    <Link href={`/${item.kind === "quiz" ? "quizzes" : "exercises"}/${item.slug}`} className="flex-1 truncate font-medium text-slate-800 hover:text-brand-600 hover:underline">
                      {item.title}
                    </Link>
                    <span className="tabular-nums text-slate-600">{activityOutcome(item)}</span>
                    <span className="hidden text-xs text-slate-500 sm:inline">
                      <LocalTime iso={item.at.toISOString()} />
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
      </div>
    </div>
  );
}

function activityOutcome(item: Awaited<ReturnType<typeof getProgressSummary>>["recent"][number]): string {
  if (item.kind === "quiz") return `${item.score} / ${item.maxScore}`;
  if (item.status === "queued" || item.status === "running") return "Grading…";
  if (item.status === "error") return "Not graded";
  const score = item.score ?? 0;
  return `${score >= item.maxScore ? "Passed" : "Failed"} · ${Number.isInteger(score) ? score : score.toFixed(1)} / ${item.maxScore}`;
}
