import { NextResponse } from "next/server";
import { getCurrentUser } from "@/server/auth/current-user";
import { apiRoute } from "@/server/http/api-route";
import { parseInput, parseJsonBody } from "@/server/http/parse-request";
import { countRegradeCandidates } from "@/server/regrades/count-regrade-candidates";
import { startRegradeSchema } from "@/server/regrades/regrade-schemas";
import { startRegrade } from "@/server/regrades/start-regrade";

const scopeSchema = startRegradeSchema.pick({ classId: true });

/**
 * What a regrade of this exercise would cover now (`?classId=` for a class; admins may leave it out for every
 * learner): `{version, submissions, learners}`, the graded submissions whose verdict came from other tests.
 */
export const GET = apiRoute<{ slug: string }>(async (request, { params }) => {
  const query = parseInput(scopeSchema, Object.fromEntries(new URL(request.url).searchParams));
  const input = parseInput(startRegradeSchema, { exerciseSlug: (await params).slug, ...query });
  const candidates = await countRegradeCandidates(await getCurrentUser(), input);
  return NextResponse.json({
    version: { contentHash: candidates.version.contentHash, syncedAt: candidates.version.syncedAt },
    submissions: candidates.submissions,
    learners: candidates.learners,
  });
});

/**
 * Starts a regrade's dry run: `{classId}` (a class's teacher or an admin) or `{}` (an admin: every learner) ->
 * 202 `{id, items, status: "previewing"}`. Follow it at `GET /api/regrades/<id>`, apply it at `.../apply`.
 */
export const POST = apiRoute<{ slug: string }>(async (request, { params }) => {
  const body = await parseJsonBody(request, scopeSchema.strict());
  const input = parseInput(startRegradeSchema, { exerciseSlug: (await params).slug, ...body });
  const started = await startRegrade(await getCurrentUser(), input);
  return NextResponse.json({ ...started, status: "previewing" }, { status: 202, headers: { Location: `/api/regrades/${started.id}` } });
});
