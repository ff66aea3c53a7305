import "server-only";
import { z } from "zod";
import { AppError } from "../errors";
import { logger } from "../logger";
import { getCurrentUser } from "../auth/current-user";
import { fieldErrors } from "../http/parse-request";
import type { PublicUser } from "../auth/users";
import type { Role } from "@/generated/prisma/enums";

/** What every server action returns to its form. */
export type ActionState<Data = unknown> =
  | { ok: true; data: Data; message?: string }
  | { ok: false; message: string; fieldErrors?: Record<string, string[]> }
  | null;

type Auth = "none" | "user" | Role[];

/**
 * Builds a server action from one recipe: authenticate -> parse the form with zod -> run the domain function.
 * Errors come back as `{ok: false, message, fieldErrors}`, never as a thrown stack trace.
 */
export function defineAction<Schema extends z.ZodType, Data>(
  options: { auth: Auth; schema: Schema },
  run: (input: z.infer<Schema>, context: { user: PublicUser | null }) => Promise<Data>,
) {
  return async (_previous: ActionState<Data>, formData: FormData): Promise<ActionState<Data>> => {
    try {
      const user = await getCurrentUser();
      if (options.auth !== "none") {
        if (!user) throw new AppError("unauthorized", "Your session has ended. Sign in again.");
        if (Array.isArray(options.auth) && !options.auth.includes(user.role)) {
          throw new AppError("forbidden", `This needs a ${options.auth.join(" or ")} account.`);
        }
      }
      const raw = Object.fromEntries(formData.entries());
      for (const value of Object.values(raw)) {
        if (typeof value === "string" && value.includes("\u0000")) {
          throw new AppError("bad_request", "The form contains a NUL character, which is not allowed.");
        }
      }
      const parsed = options.schema.safeParse(raw);
      if (!parsed.success) {
        return { ok: false, message: "Please fix the highlighted fields.", fieldErrors: fieldErrors(parsed.error) };
      }
      return { ok: true, data: await run(parsed.data, { user }) };
    } catch (error) {
      if (error instanceof AppError) return { ok: false, message: error.message, fieldErrors: error.fields };
      // Next signals redirect()/notFound() by throwing; those must propagate.
      if (error && typeof error === "object" && "digest" in error) throw error;
      logger.error({ err: error }, "server action failed");
      return { ok: false, message: "Something went wrong on our side. Please try again." };
    }
  };
}
