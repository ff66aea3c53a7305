import { NextResponse } from "next/server";
import { z } from "zod";
import { apiRoute } from "@/server/http/api-route";
import { parseInput, parseJsonBody } from "@/server/http/parse-request";
import { requireUser } from "@/server/auth/current-user";
import { createSubmission } from "@/server/submissions/create-submission";
import { listSubmissions } from "@/server/submissions/get-submission";

// The code itself is checked by createSubmission (64 KB of UTF-8); JSON escaping can make the body several times
// larger than the code, so the body limit is looser.
const MAX_BODY_BYTES = 400 * 1024;
const submitSchema = z.object({ code: z.unknown() });
const historyQuerySchema = z.object({ userId: z.string().min(1).max(64).optional() });

/** Submits code for grading: `{code}` -> 202 `{id, status: "queued"}`; the grade arrives later. */
export const POST = apiRoute<{ slug: string }>(async (request, { params }) => {
  const user = await requireUser();
  const { slug } = await params;
  const { code } = await parseJsonBody(request, submitSchema, { maxBytes: MAX_BODY_BYTES });
  const submission = await createSubmission(user, slug, code);
  return NextResponse.json(submission, { status: 202, headers: { Location: `/api/submissions/${submission.id}` } });
});

/** The signed-in learner's submissions for this exercise (or `?userId=` for their teacher), newest first. */
export const GET = apiRoute<{ slug: string }>(async (request, { params }) => {
  const user = await requireUser();
  const { slug } = await params;
  const query = parseInput(historyQuerySchema, Object.fromEntries(new URL(request.url).searchParams));
  const userId = query.userId ?? user.id;
  return NextResponse.json({ submissions: await listSubmissions(user, userId, slug) });
});
