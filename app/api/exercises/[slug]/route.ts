import { NextResponse } from "next/server";
import { apiRoute } from "@/server/http/api-route";
import { parseInput } from "@/server/http/parse-request";
import { getCurrentUser } from "@/server/auth/current-user";
import { contentSlugSchema } from "@/server/content/content-slug";
import { getPublicExercise } from "@/server/exercises/get-public-exercise";

/** One exercise as a learner sees it: prompt (Markdown), starter code, hints, points; never tests or the solution. */
export const GET = apiRoute<{ slug: string }>(async (_request, { params }) => {
  const slug = parseInput(contentSlugSchema, (await params).slug);
  const user = await getCurrentUser();
  const exercise = await getPublicExercise(slug, user?.id ?? null);
  return NextResponse.json({
    slug: exercise.slug,
    title: exercise.title,
    summary: exercise.summary,
    step: exercise.step,
    difficulty: exercise.difficulty,
    topics: exercise.topics,
    points: exercise.points,
    prompt_markdown: exercise.promptMarkdown,
    starter: exercise.starter,
    hints: exercise.hints,
    status: exercise.status,
  });
});
