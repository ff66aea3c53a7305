import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getCurrentUser } from "@/server/auth/current-user";
import { AppError } from "@/server/errors";
import { getPublicExercise } from "@/server/exercises/get-public-exercise";
import { renderMarkdown, renderInlineMarkdown } from "@/server/content/render-markdown";
import { listSubmissions } from "@/server/submissions/get-submission";
import { DifficultyBadge, ExerciseStatusBadge } from "@/components/exercise-badges";
import { PYODIDE_VERSION } from "@/server/browser-python/browser-python-assets";
import { ExerciseWorkspace } from "./exercise-workspace";

const HISTORY_LIMIT = 30;

type Props = { params: Promise<{ slug: string }> };

async function loadExercise(slug: string, userId: string | null) {
  try {
    return await getPublicExercise(slug, userId);
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const exercise = await loadExercise((await params).slug, null);
  return { title: exercise.title };
}

export default async function ExercisePage({ params }: Props) {
  const { slug } = await params;
  const user = await getCurrentUser();
  const exercise = await loadExercise(slug, user?.id ?? null);
  const submissions = user ? await listSubmissions(user, user.id, exercise.slug) : [];
  const attempts = submissions.slice(0, HISTORY_LIMIT).map((submission) => ({
    id: submission.id,
    createdAt: submission.createdAt.toISOString(),
    status: submission.status,
    score: submission.score,
    maxScore: submission.max_score,
    verdict: submission.verdict,
    ...(submission.regrade
      ? { regrade: { at: submission.regrade.at.toISOString(), previousScore: submission.regrade.previousScore, previousMaxScore: submission.regrade.previousMaxScore } }
      : {}),
  }));
  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm text-slate-500">
        <Link href="/exercises" className="hover:text-slate-800 hover:underline">Exercises</Link>
        <span aria-hidden> / </span>
        <span className="text-slate-700">{exercise.title}</span>
      </nav>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1.1fr)]">
        <article className="card h-fit p-6">
          <header className="border-b border-slate-100 pb-4">
            <h1 className="text-2xl font-bold tracking-tight text-slate-900">{exercise.title}</h1>
            <p className="mt-1 text-slate-600">{exercise.summary}</p>
            <div className="mt-3 flex flex-wrap items-center gap-2">
              <DifficultyBadge difficulty={exercise.difficulty} />
              <span className="badge bg-slate-100 text-slate-700">{exercise.points} points</span>
              {exercise.topics.map((topic) => (
                <span key={topic} className="badge bg-white text-slate-500 ring-1 ring-slate-200">{topic}</span>
              ))}
              {exercise.status && <ExerciseStatusBadge status={exercise.status} />}
            </div>
          </header>
          <div
            className="prose-prompt mt-2"
            // The prompt is authored Markdown from exercises/<slug>/exercise.md, rendered and highlighted on the server.
            dangerouslySetInnerHTML={{ __html: renderMarkdown(exercise.promptMarkdown) }}
          />
          {exercise.hints.length > 0 && (
            <section aria-labelledby="hints-heading" className="mt-6 border-t border-slate-100 pt-4">
              <h2 id="hints-heading" className="text-sm font-semibold text-slate-700">Stuck? Open a hint</h2>
              <div className="mt-2 space-y-2">
                {exercise.hints.map((hint, index) => (
                  <details key={index} className="rounded-lg border border-slate-200 bg-slate-50 px-3 py-2 text-sm">
                    <summary className="cursor-pointer font-medium text-slate-700">Hint {index + 1}</summary>
                    <p className="prose-prompt mt-1" dangerouslySetInnerHTML={{ __html: renderInlineMarkdown(hint) }} />
                  </details>
                ))}
              </div>
            </section>
          )}
        </article>
        <ExerciseWorkspace
          slug={exercise.slug}
          title={exercise.title}
          starter={exercise.starter}
          signedIn={user !== null}
          attempts={attempts}
          example={exercise.example}
          pyodideBase={`/pyodide/${PYODIDE_VERSION}/`}
        />
      </div>
    </div>
  );
}
