import { z } from "zod";

/** A personal access token's label, shared by the settings form and `POST /api/tokens`. */
export const tokenNameSchema = z
  .string({ message: "Give the token a name." })
  .trim()
  .min(1, "Give the token a name.")
  .max(100, "Use at most 100 characters.");

/** The settings page's "Create token" form. */
export const createTokenSchema = z.object({ name: tokenNameSchema });

/** A token id as it arrives in a URL or a form; anything longer than an id is refused before any query. */
export const tokenIdSchema = z.string().trim().min(1, "Choose a token.").max(64, "That is not a token id.");

/** The settings page's "Revoke" button. */
export const revokeTokenSchema = z.object({ tokenId: tokenIdSchema });
