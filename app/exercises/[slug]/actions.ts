"use server";

import { z } from "zod";
import { defineAction } from "@/server/actions/define-action";
import { getSubmissionForViewer } from "@/server/submissions/get-submission";

/** The code and feedback of one of the learner's past attempts, to review it or restore it into the editor. */
export const openAttemptAction = defineAction(
  { auth: "user", schema: z.object({ id: z.string().min(1).max(64) }) },
  async ({ id }, { user }) => {
    const submission = await getSubmissionForViewer(user!, id);
    return { id: submission.id, code: submission.code, result: submission.result ?? null };
  },
);
