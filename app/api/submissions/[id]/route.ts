import { NextResponse } from "next/server";
import { apiRoute } from "@/server/http/api-route";
import { requireUser } from "@/server/auth/current-user";
import { getSubmissionForViewer } from "@/server/submissions/get-submission";

/**
 * A submission's state: `{id, status, score, max_score, result?, regrade?}` (404 for anyone but its learner, their
 * teacher, an admin). `regrade: {at, previous_score, previous_max_score}` says the result came from a regrade.
 */
export const GET = apiRoute<{ id: string }>(async (_request, { params }) => {
  const user = await requireUser();
  const { id } = await params;
  const submission = await getSubmissionForViewer(user, id);
  return NextResponse.json(
    {
      id: submission.id,
      status: submission.status,
      score: submission.score,
      max_score: submission.max_score,
      ...(submission.result ? { result: submission.result } : {}),
      ...(submission.regrade
        ? {
            regrade: {
              at: submission.regrade.at,
              previous_score: submission.regrade.previousScore,
              previous_max_score: submission.regrade.previousMaxScore,
            },
          }
        : {}),
    },
    { headers: { "Cache-Control": "no-store" } },
  );
});
