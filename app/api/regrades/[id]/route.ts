import { NextResponse } from "next/server";
import { getCurrentUser } from "@/server/auth/current-user";
import { apiRoute } from "@/server/http/api-route";
import { parseInput } from "@/server/http/parse-request";
import { getRegrade } from "@/server/regrades/get-regrade";
import { regradeIdSchema } from "@/server/regrades/regrade-schemas";

/** A regrade's phase, progress and who goes up or down (its class's teacher or an admin; 404 for anyone else). */
export const GET = apiRoute<{ id: string }>(async (_request, { params }) => {
  const id = parseInput(regradeIdSchema, (await params).id);
  return NextResponse.json(await getRegrade(await getCurrentUser(), id), { headers: { "Cache-Control": "no-store" } });
});
