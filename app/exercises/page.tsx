import type { Metadata } from "next";
import Link from "next/link";
import { getCurrentUser } from "@/server/auth/current-user";
import { listExercises } from "@/server/exercises/list-exercises";
import { renderInlineMarkdown } from "@/server/content/render-markdown";
import { ProgressBar } from "@/components/progress-bar";
import { StudentAssignments } from "@/components/student-assignments";
import { DifficultyBadge, ExerciseStatusBadge } from "@/components/exercise-badges";

export const metadata: Metadata = { title: "Exercises" };

export default async function ExercisesPage() {
  const user = await getCurrentUser();
  const steps = await listExercises(user?.id ?? null);
  const total = steps.reduce((sum, step) => sum + step.exercises.length, 0);
  const solved = steps.reduce((sum, step) => sum + step.solved, 0);
  return (
    <div className="space-y-8">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold tracking-tight">Exercises</h1>
          <p className="mt-1 max-w-2xl text-slate-600">
            From generators to async/await, one idea at a time. Each exercise is graded by real Python against hidden
            tests, and you see every check&apos;s result within seconds.
          </p>
        </div>
        {user && (
          <div className="w-64">
            <p className="text-sm text-slate-600">
              <span className="font-semibold text-slate-900">{solved}</span> of {total} solved
            </p>
            <ProgressBar value={solved} max={total} label="Exercises solved in the course" className="mt-2" />
          </div>
        )}
      </header>

      {!user && (
        <div className="card flex flex-wrap items-center justify-between gap-4 border-brand-100 bg-brand-50 p-5">
          <div>
            <h2 className="font-semibold text-slate-900">Sign up to submit your solutions</h2>
            <p className="text-sm text-slate-600">Browse everything freely; with a free account your code is graded and your progress is saved.</p>
          </div>
          <div className="flex gap-2">
            <Link href="/signup" className="btn-primary">Create a free account</Link>
            <Link href="/login?callbackUrl=/exercises" className="btn-secondary">Sign in</Link>
          </div>
        </div>
      )}

      {user?.role === "student" && <StudentAssignments userId={user.id} />}

      {steps.length === 0 && <p className="card p-6 text-slate-600">No exercises have been published yet.</p>}

      <ol className="space-y-6">
        {steps.map((step, index) => (
          <li key={step.id}>
            <section aria-labelledby={`step-${step.id}`} className="card overflow-hidden">
              <div className="flex flex-wrap items-start justify-between gap-4 border-b border-slate-100 px-5 py-4">
                <div className="min-w-0">
                  <p className="text-xs font-semibold uppercase tracking-wide text-brand-600">Step {index + 1}</p>
                  <h2 id={`step-${step.id}`} className="text-lg font-semibold text-slate-900">{step.title}</h2>
                  <p
                    className="prose-prompt text-sm text-slate-600"
                    // Authored content from steps.yaml (inline Markdown such as `send`), never learner text.
                    dangerouslySetInnerHTML={{ __html: renderInlineMarkdown(step.summary) }}
                  />
                </div>
                {user && (
                  <div className="w-48 shrink-0 pt-1">
                    <p className="text-right text-xs text-slate-500">{step.solved} of {step.exercises.length} solved</p>
                    <ProgressBar value={step.solved} max={step.exercises.length} label={`${step.title}: exercises solved`} className="mt-1" />
                  </div>
                )}
              </div>
              <ul className="divide-y divide-slate-100">
                {step.exercises.map((exercise) => (
                  <li key={exercise.slug}>
                    <Link
                      href={`/exercises/${exercise.slug}`}
                      className="flex flex-wrap items-center gap-x-4 gap-y-2 px-5 py-3 hover:bg-slate-50 focus-visible:bg-slate-50"
                    >
                      <div className="min-w-0 flex-1">
                        <p className="font-medium text-slate-900">{exercise.title}</p>
                        <p className="truncate text-sm text-slate-500">{exercise.summary}</p>
                      </div>
                      <DifficultyBadge difficulty={exercise.difficulty} />
                      <span className="w-14 text-right text-sm tabular-nums text-slate-600">{exercise.points} pts</span>
                      {exercise.status && (
                        <span className="w-28 text-right">
                          <ExerciseStatusBadge status={exercise.status} />
                        </span>
                      )}
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          </li>
        ))}
      </ol>
    </div>
  );
}
