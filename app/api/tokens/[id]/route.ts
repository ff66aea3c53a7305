import { apiRoute } from "@/server/http/api-route";
import { parseInput } from "@/server/http/parse-request";
import { requireUser } from "@/server/auth/current-user";
import { tokenIdSchema } from "@/server/auth/token-schemas";
import { revokeApiToken } from "@/server/auth/api-tokens";

/** Revokes one of the caller's tokens: 204; 404 for an unknown, already revoked or someone else's token. */
export const DELETE = apiRoute<{ id: string }>(async (_request, { params }) => {
  const user = await requireUser();
  const tokenId = parseInput(tokenIdSchema, (await params).id);
  await revokeApiToken(user.id, tokenId);
  return new Response(null, { status: 204 });
});
