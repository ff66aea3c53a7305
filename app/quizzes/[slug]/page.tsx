import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getCurrentUser } from "@/server/auth/current-user";
import { AppError } from "@/server/errors";
import { getPublicQuiz } from "@/server/quizzes/get-public-quiz";
import { highlightPython, renderInlineMarkdown, renderMarkdown } from "@/server/content/render-markdown";
import { QuizRunner, type RenderedQuestion } from "./quiz-runner";

type Props = { params: Promise<{ slug: string }> };

async function loadQuiz(slug: string) {
  try {
    return await getPublicQuiz(slug);
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await loadQuiz((await params).slug)).title };
}

export default async function QuizPage({ params }: Props) {
  const quiz = await loadQuiz((await params).slug);
  const user = await getCurrentUser();
  // Quiz text is authored Markdown from exercises/quizzes/<slug>.yaml, rendered here so the client gets HTML.
  const questions: RenderedQuestion[] = quiz.questions.map((question) => ({
    id: question.id,
    kind: question.kind,
    promptHtml: renderMarkdown(question.prompt),
    codeHtml: question.kind === "output" ? highlightPython(question.code.replace(/\n+$/, "")) : null,
    options: (question.kind === "order" ? question.items : question.choices).map((text) => ({ text, html: renderInlineMarkdown(text) })),
  }));
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm text-slate-500">
        <Link href="/quizzes" className="hover:text-slate-800 hover:underline">Quizzes</Link>
        <span aria-hidden> / </span>
        <span className="text-slate-700">{quiz.title}</span>
      </nav>
      <header>
        <h1 className="text-3xl font-bold tracking-tight">{quiz.title}</h1>
        <p className="mt-1 text-slate-600">{quiz.summary}</p>
        {!user && (
          <p className="mt-2 text-sm text-slate-500">
            You are not signed in: your score will not be saved. <Link href={`/login?callbackUrl=/quizzes/${quiz.slug}`} className="text-brand-600 underline">Sign in</Link>
          </p>
        )}
      </header>
      <QuizRunner slug={quiz.slug} questions={questions} signedIn={user !== null} />
    </div>
  );
}
