import { NextResponse } from "next/server";
import { headers } from "next/headers";
import { apiRoute } from "@/server/http/api-route";
import { parseJsonBody } from "@/server/http/parse-request";
import { clientIp } from "@/server/http/client-ip";
import { signUpSchema } from "@/server/auth/user-schemas";
import { consumeSignUp } from "@/server/rate-limit/sign-in-limits";
import { createUser } from "@/server/auth/users";

/** Sign-up over JSON: `{name, email, password, role}` -> 201 `{id, email, name, role}`. */
export const POST = apiRoute(async (request) => {
  const input = await parseJsonBody(request, signUpSchema, { maxBytes: 8 * 1024 });
  await consumeSignUp(clientIp(await headers()), input.email);
  const user = await createUser(input);
  return NextResponse.json(user, { status: 201 });
});
