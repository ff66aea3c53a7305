"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/server/actions/define-action";
import { createTokenSchema, revokeTokenSchema } from "@/server/auth/token-schemas";
import { createApiToken, revokeApiToken } from "@/server/auth/api-tokens";
import { consumeTokenCreation } from "@/server/rate-limit/sign-in-limits";

/** Creates a personal access token; its plaintext goes back to this one form render and is never stored. */
export const createTokenAction = defineAction({ auth: "user", schema: createTokenSchema }, async (input, { user }) => {
  await consumeTokenCreation(user!.id);
  const { token } = await createApiToken(user!.id, input.name);
  revalidatePath("/settings");
  return { name: input.name, token };
});

/** Revokes one of the signed-in user's tokens (someone else's token id is "not found"). */
export const revokeTokenAction = defineAction({ auth: "user", schema: revokeTokenSchema }, async (input, { user }) => {
  await revokeApiToken(user!.id, input.tokenId);
  revalidatePath("/settings");
  return { tokenId: input.tokenId };
});
