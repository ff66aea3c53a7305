"use client";

import { useState } from "react";
import Link from "next/link";
import { ProgressBar } from "@/components/progress-bar";
import { checkAnswerAction, finishQuizAction } from "./actions";

/** A question as the page renders it: authored Markdown already turned into HTML on the server, no answer key. */
export type RenderedQuestion = {
  id: string;
  kind: "single" | "multiple" | "output" | "order";
  promptHtml: string;
  codeHtml: string | null;
  /** Choices, or for `order` the items in their shuffled starting order. */
  options: { text: string; html: string }[];
};

type Answer = number | number[] | string[];
type Feedback = { correct: boolean; expected: number | number[] | string[]; explanationHtml: string };
type Final = { score: number; maxScore: number; recorded: boolean };

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

/** Takes a quiz one question at a time: answer, check (feedback and explanation), next; then the score and a retake. */
export function QuizRunner({ slug, questions, signedIn }: { slug: string; questions: RenderedQuestion[]; signedIn: boolean }) {
  const [index, setIndex] = useState(0);
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const [feedback, setFeedback] = useState<Record<string, Feedback>>({});
  const [final, setFinal] = useState<Final | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [round, setRound] = useState(0);

  const question = questions[index];
  // An order question starts with an arrangement already in place, so it can be checked as it stands.
  const answer: Answer | undefined = answers[question.id] ?? (question.kind === "order" ? question.options.map((option) => option.text) : undefined);
  const checked = feedback[question.id];
  const answered = answer !== undefined && !(Array.isArray(answer) && answer.length === 0);
  const isLast = index === questions.length - 1;

  const setAnswer = (value: Answer) => setAnswers((previous) => ({ ...previous, [question.id]: value }));

  async function check() {
    if (!answered || pending) return;
    setPending(true);
    setError(null);
    setAnswer(answer);
    const result = await checkAnswerAction(null, form({ slug, questionId: question.id, answer: JSON.stringify(answer) }));
    setPending(false);
    if (result?.ok) setFeedback((previous) => ({ ...previous, [question.id]: result.data }));
    else setError(result?.message ?? "Could not check the answer. Please try again.");
  }

  async function finish() {
    setPending(true);
    setError(null);
    const result = await finishQuizAction(null, form({ slug, answers: JSON.stringify({ ...answers, [question.id]: answer }) }));
    setPending(false);
    if (result?.ok) setFinal(result.data);
    else setError(result?.message ?? "Could not score the quiz. Please try again.");
  }

  function retake() {
    setIndex(0);
    setAnswers({});
    setFeedback({});
    setFinal(null);
    setError(null);
    setRound((value) => value + 1);
  }

  if (final) {
    const percent = final.maxScore ? Math.round((final.score / final.maxScore) * 100) : 0;
    return (
      <section aria-labelledby="score-heading" className="card p-6">
        <h2 id="score-heading" className="text-xl font-semibold">Your score</h2>
        <p role="status" className="mt-2 text-3xl font-bold tabular-nums text-slate-900">
          {final.score} of {final.maxScore} correct <span className="text-lg font-medium text-slate-500">({percent}%)</span>
        </p>
        <ProgressBar value={final.score} max={final.maxScore} label="Questions answered correctly" className="mt-3" />
        <p className="mt-3 text-sm text-slate-600">
          {final.recorded ? "Saved to your progress." : signedIn ? "" : "Sign in to keep your scores on a progress page."}
        </p>
        <ol className="mt-4 divide-y divide-slate-100 rounded-lg border border-slate-200">
          {questions.map((item, position) => (
            <li key={item.id} className="flex items-start gap-3 px-4 py-2 text-sm">
              <span aria-hidden className={feedback[item.id]?.correct ? "text-emerald-600" : "text-red-600"}>
                {feedback[item.id]?.correct ? "✓" : "✗"}
              </span>
              <span className="w-24 shrink-0 text-slate-500">
                Question {position + 1}
                <span className="sr-only">{feedback[item.id]?.correct ? ": correct" : ": incorrect"}</span>
              </span>
              <span className="prose-prompt line-clamp-1 min-w-0 flex-1 text-slate-700 [&_p]:my-0" dangerouslySetInnerHTML={{ __html: item.promptHtml }} />
            </li>
          ))}
        </ol>
        <div className="mt-6 flex flex-wrap gap-3">
          <button type="button" className="btn-primary" onClick={retake}>Retake quiz</button>
          <Link href="/quizzes" className="btn-secondary">All quizzes</Link>
          {signedIn && <Link href="/progress" className="btn-secondary">Your progress</Link>}
        </div>
      </section>
    );
  }

  const feedbackFor = (position: number) => {
    if (!checked) return "";
    const expected = checked.expected;
    const isExpected = Array.isArray(expected) ? (expected as unknown[]).includes(position) : expected === position;
    const chosen = Array.isArray(answer) ? (answer as unknown[]).includes(position) : answer === position;
    if (isExpected) return "border-emerald-400 bg-emerald-50";
    if (chosen) return "border-red-300 bg-red-50";
    return "border-slate-200 opacity-70";
  };

  return (
    <section aria-labelledby={`question-${question.id}`} className="card p-6" key={`${round}-${question.id}`}>
      <div className="flex items-center justify-between gap-4 text-sm text-slate-500">
        <p>
          Question {index + 1} of {questions.length}
        </p>
        <ProgressBar value={Object.keys(feedback).length} max={questions.length} label="Questions answered" className="max-w-48" />
      </div>
      <h2 id={`question-${question.id}`} className="sr-only">Question {index + 1}</h2>
      <div className="prose-prompt mt-3 text-lg" id={`prompt-${question.id}`} dangerouslySetInnerHTML={{ __html: question.promptHtml }} />
      {question.codeHtml !== null && (
        <pre tabIndex={0} className="my-4 overflow-x-auto rounded-lg bg-slate-900 p-4 font-mono text-sm text-slate-100" aria-label="Code">
          <code className="hljs" dangerouslySetInnerHTML={{ __html: question.codeHtml }} />
        </pre>
      )}

      {question.kind === "order" ? (
        <OrderQuestion
          options={question.options}
          value={(answer as string[] | undefined) ?? question.options.map((option) => option.text)}
          onChange={setAnswer}
          disabled={Boolean(checked)}
          expected={checked ? (checked.expected as string[]) : null}
          promptId={`prompt-${question.id}`}
        />
      ) : (
        <fieldset className="mt-4 space-y-2" disabled={Boolean(checked)} aria-labelledby={`prompt-${question.id}`}>
          {question.kind === "multiple" && <p className="text-sm text-slate-500">Select all that apply.</p>}
          {question.options.map((option, position) => {
            const multiple = question.kind === "multiple";
            const selected = multiple ? ((answer as number[] | undefined) ?? []).includes(position) : answer === position;
            return (
              <label
                key={option.text}
                className={`flex cursor-pointer items-start gap-3 rounded-lg border px-4 py-3 transition ${checked ? feedbackFor(position) : selected ? "border-brand-500 bg-brand-50" : "border-slate-200 hover:border-slate-300 hover:bg-slate-50"}`}
              >
                <input
                  type={multiple ? "checkbox" : "radio"}
                  name={`answer-${question.id}`}
                  className="mt-1"
                  checked={selected}
                  onChange={() => {
                    if (!multiple) return setAnswer(position);
                    const current = (answer as number[] | undefined) ?? [];
                    setAnswer(selected ? current.filter((value) => value !== position) : [...current, position].sort((a, b) => a - b));
                  }}
                />
                <span className="prose-prompt min-w-0 flex-1 [&_code]:whitespace-pre-wrap" dangerouslySetInnerHTML={{ __html: option.html }} />
              </label>
            );
          })}
        </fieldset>
      )}

      {error && (
        <p role="alert" className="mt-4 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {error}
        </p>
      )}

      <div role="status" aria-live="polite">
        {checked && (
          <div className={`mt-5 rounded-lg border px-4 py-3 ${checked.correct ? "border-emerald-200 bg-emerald-50" : "border-amber-200 bg-amber-50"}`}>
            <p className={`font-semibold ${checked.correct ? "text-emerald-800" : "text-amber-900"}`}>
              {checked.correct ? "Correct!" : "Not quite. The correct answer is highlighted."}
            </p>
            <div className="prose-prompt mt-1 text-sm" dangerouslySetInnerHTML={{ __html: checked.explanationHtml }} />
          </div>
        )}
      </div>

      <div className="mt-6 flex justify-end gap-3">
        {!checked ? (
          <button type="button" className="btn-primary" onClick={check} disabled={!answered || pending}>
            {pending ? "Checking…" : "Check answer"}
          </button>
        ) : isLast ? (
          <button type="button" className="btn-primary" onClick={finish} disabled={pending}>
            {pending ? "Scoring…" : "See your score"}
          </button>
        ) : (
          <button type="button" className="btn-primary" onClick={() => setIndex(index + 1)}>
            Next question
          </button>
        )}
      </div>
    </section>
  );
}

function OrderQuestion({
  options,
  value,
  onChange,
  disabled,
  expected,
  promptId,
}: {
  options: RenderedQuestion["options"];
  value: string[];
  onChange: (order: string[]) => void;
  disabled: boolean;
  expected: string[] | null;
  promptId: string;
}) {
  const html = new Map(options.map((option) => [option.text, option.html]));
  const move = (from: number, to: number) => {
    const next = [...value];
    [next[from], next[to]] = [next[to], next[from]];
    onChange(next);
  };
  return (
    <div className="mt-4">
      <p className="text-sm text-slate-500">Put these in order with the arrow buttons, first at the top.</p>
      <ol className="mt-2 space-y-2" aria-labelledby={promptId}>
        {value.map((item, position) => {
          const right = expected ? expected[position] === item : null;
          return (
            <li
              key={item}
              className={`flex items-center gap-3 rounded-lg border px-3 py-2 ${right === null ? "border-slate-200 bg-white" : right ? "border-emerald-400 bg-emerald-50" : "border-red-300 bg-red-50"}`}
            >
              <span className="w-6 text-right text-sm tabular-nums text-slate-500">{position + 1}.</span>
              <span className="prose-prompt flex-1" dangerouslySetInnerHTML={{ __html: html.get(item) ?? "" }} />
              <button type="button" className="btn-secondary px-2 py-1" disabled={disabled || position === 0} onClick={() => move(position, position - 1)} aria-label={`Move "${item}" up`}>
                ↑
              </button>
              <button type="button" className="btn-secondary px-2 py-1" disabled={disabled || position === value.length - 1} onClick={() => move(position, position + 1)} aria-label={`Move "${item}" down`}>
                ↓
              </button>
            </li>
          );
        })}
      </ol>
      {expected && (
        <p className="mt-3 text-sm text-slate-700">
          Correct order: {expected.map((item, position) => <span key={item}>{position > 0 && " → "}<span className="font-medium" dangerouslySetInnerHTML={{ __html: html.get(item) ?? "" }} /></span>)}
        </p>
      )}
    </div>
  );
}
