import { NextResponse } from "next/server";
import { getCurrentUser } from "@/server/auth/current-user";
import { apiRoute } from "@/server/http/api-route";
import { parseInput } from "@/server/http/parse-request";
import { requestRegradeApply } from "@/server/regrades/apply-regrade";
import { regradeIdSchema } from "@/server/regrades/regrade-schemas";

/**
 * Applies a regrade whose dry run has finished: 202 `{id, status: "applying"}`; the verdicts are stored in the
 * background (follow `GET /api/regrades/<id>`). 409 while its dry run grades, after a newer one, or when the
 * exercise changed again since.
 */
export const POST = apiRoute<{ id: string }>(async (_request, { params }) => {
  const id = parseInput(regradeIdSchema, (await params).id);
  return NextResponse.json(await requestRegradeApply(await getCurrentUser(), id), { status: 202 });
});
