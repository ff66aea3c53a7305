import type { Metadata } from "next";
import Link from "next/link";
import { getCurrentUser } from "@/server/auth/current-user";
import { listQuizzes } from "@/server/quizzes/list-quizzes";

export const metadata: Metadata = { title: "Quizzes" };

export default async function QuizzesPage() {
  const user = await getCurrentUser();
  const quizzes = await listQuizzes(user?.id ?? null);
  return (
    <div className="space-y-8">
      <header>
        <h1 className="text-3xl font-bold tracking-tight">Quizzes</h1>
        <p className="mt-1 max-w-2xl text-slate-600">
          Short self-checks with an explanation after every answer. Anyone can take them
          {user ? "; your best score is kept on your progress page." : "; sign in to keep your scores."}
        </p>
      </header>
      {quizzes.length === 0 && <p className="card p-6 text-slate-600">No quizzes have been published yet.</p>}
      <ul className="grid gap-4 md:grid-cols-2">
        {quizzes.map((quiz) => (
          <li key={quiz.slug} className="card flex flex-col p-5">
            <p className="text-xs font-semibold uppercase tracking-wide text-brand-600">{quiz.stepTitle}</p>
            <h2 className="mt-1 text-lg font-semibold text-slate-900">{quiz.title}</h2>
            <p className="mt-1 flex-1 text-sm text-slate-600">{quiz.summary}</p>
            <div className="mt-4 flex items-center justify-between gap-3">
              <p className="text-sm text-slate-500">
                {quiz.questionCount} questions
                {quiz.best && (
                  <>
                    {" · "}
                    <span className="font-medium text-slate-800">Best {quiz.best.score}/{quiz.best.maxScore}</span>
                  </>
                )}
              </p>
              {/* The name starts with the visible words: speech-input users say what they see. */}
              <Link
                href={`/quizzes/${quiz.slug}`}
                className={quiz.best ? "btn-secondary" : "btn-primary"}
                aria-label={`${quiz.best ? "Retake" : "Take quiz"}: ${quiz.title}`}
              >
                {quiz.best ? "Retake" : "Take quiz"}
              </Link>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
