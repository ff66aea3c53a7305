"use server";

import { headers } from "next/headers";
import { defineAction } from "@/server/actions/define-action";
import { signUpSchema } from "@/server/auth/user-schemas";
import { consumeSignUp } from "@/server/rate-limit/sign-in-limits";
import { clientIp } from "@/server/http/client-ip";
import { createUser } from "@/server/auth/users";

/** Creates the account; the form then signs in with the same credentials. */
export const signUpAction = defineAction({ auth: "none", schema: signUpSchema }, async (input) => {
  await consumeSignUp(clientIp(await headers()), input.email);
  const user = await createUser(input);
  return { role: user.role };
});
