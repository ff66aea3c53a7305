import "server-only";

import { z } from "zod";

/** A slug from a URL: exercise and quiz slugs are folder and file names, short and lowercase. */
export const contentSlugSchema = z.string().min(1).max(100).regex(/^[a-z0-9-]+$/, { error: "unknown slug" });
