"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/server/actions/define-action";
import { classIdSchema } from "@/server/classes/class-schemas";
import { requestRegradeApply } from "@/server/regrades/apply-regrade";
import { regradeIdSchema, startRegradeSchema } from "@/server/regrades/regrade-schemas";
import { startRegrade } from "@/server/regrades/start-regrade";

const itemPath = (classId: string, slug: string) => `/teach/classes/${classId}/items/${slug}`;

/** Starts a dry run regrading the class's submissions of this exercise against its current tests. */
export const startRegradeAction = defineAction(
  { auth: ["teacher", "admin"], schema: startRegradeSchema.extend({ classId: classIdSchema }) },
  async (input, { user }) => {
    const started = await startRegrade(user, input);
    revalidatePath(itemPath(input.classId, input.exerciseSlug));
    return started;
  },
);

/** Applies a finished dry run: the new verdicts are stored in the background. */
export const applyRegradeAction = defineAction(
  {
    auth: ["teacher", "admin"],
    schema: z.object({ regradeId: regradeIdSchema, classId: classIdSchema, exerciseSlug: startRegradeSchema.shape.exerciseSlug }),
  },
  async (input, { user }) => {
    const applying = await requestRegradeApply(user, input.regradeId);
    revalidatePath(itemPath(input.classId, input.exerciseSlug));
    return applying;
  },
);
