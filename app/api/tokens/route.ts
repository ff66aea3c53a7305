import { NextResponse } from "next/server";
import { headers } from "next/headers";
import { apiRoute } from "@/server/http/api-route";
import { parseJsonBody } from "@/server/http/parse-request";
import { clientIp } from "@/server/http/client-ip";
import { signInSchema } from "@/server/auth/user-schemas";
import { tokenNameSchema } from "@/server/auth/token-schemas";
import { createApiToken, listApiTokens } from "@/server/auth/api-tokens";
import { requireUser } from "@/server/auth/current-user";
import { consumeTokenCreation, verifyUnderSignInLimits } from "@/server/rate-limit/sign-in-limits";
import { authenticate } from "@/server/auth/users";
import { AppError } from "@/server/errors";

const tokenRequestSchema = signInSchema.extend({ name: tokenNameSchema.optional() });

/** Exchanges `{email, password, name?}` for a personal access token `{id, token}`, shown once. */
export const POST = apiRoute(async (request) => {
  const input = await parseJsonBody(request, tokenRequestSchema, { maxBytes: 8 * 1024 });
  const ip = clientIp(await headers());
  const user = await verifyUnderSignInLimits(input.email, ip, () => authenticate(input.email, input.password));
  if (!user) throw new AppError("unauthorized", "Email or password is incorrect.");
  await consumeTokenCreation(user.id);
  const { id, token } = await createApiToken(user.id, input.name ?? "API token");
  return NextResponse.json({ id, token }, { status: 201 });
});

/** The caller's tokens, newest first: `{tokens: [{id, name, prefix, created_at, last_used_at, revoked_at}]}`, never a secret. */
export const GET = apiRoute(async () => {
  const user = await requireUser();
  const tokens = await listApiTokens(user.id);
  return NextResponse.json(
    {
      tokens: tokens.map((token) => ({
        id: token.id,
        name: token.name,
        prefix: token.prefix,
        created_at: token.createdAt,
        last_used_at: token.lastUsedAt,
        revoked_at: token.revokedAt,
      })),
    },
    { headers: { "Cache-Control": "no-store" } },
  );
});
