import { NextResponse } from "next/server";
import { headers } from "next/headers";
import { z } from "zod";
import { apiRoute } from "@/server/http/api-route";
import { parseJsonBody } from "@/server/http/parse-request";
import { clientIp } from "@/server/http/client-ip";
import { signInSchema } from "@/server/auth/user-schemas";
import { createApiToken } from "@/server/auth/api-tokens";
import { checkSignInAllowed, recordFailedSignIn } from "@/server/rate-limit/sign-in-limits";
import { authenticate } from "@/server/users";
import { AppError } from "@/server/errors";

const tokenRequestSchema = signInSchema.extend({
  name: z.string().trim().min(1).max(100).optional(),
});

/** Exchanges `{email, password}` for a personal access token `{token}`, shown once. */
export const POST = apiRoute(async (request) => {
  const input = await parseJsonBody(request, tokenRequestSchema, { maxBytes: 8 * 1024 });
  const ip = clientIp(await headers());
  await checkSignInAllowed(input.email, ip);
  const user = await authenticate(input.email, input.password);
  if (!user) {
    await recordFailedSignIn(input.email, ip);
    throw new AppError("unauthorized", "Email or password is incorrect.");
  }
  const { id, token } = await createApiToken(user.id, input.name ?? "API token");
  return NextResponse.json({ id, token }, { status: 201 });
});
