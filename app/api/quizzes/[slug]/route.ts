import { NextResponse } from "next/server";
import { apiRoute } from "@/server/http/api-route";
import { parseInput } from "@/server/http/parse-request";
import { contentSlugSchema } from "@/server/content/content-slug";
import { getPublicQuiz } from "@/server/quizzes/get-public-quiz";

/** A quiz's questions without the answer key or explanations (those come back from POST .../attempts). */
export const GET = apiRoute<{ slug: string }>(async (_request, { params }) => {
  const slug = parseInput(contentSlugSchema, (await params).slug);
  return NextResponse.json(await getPublicQuiz(slug));
});
