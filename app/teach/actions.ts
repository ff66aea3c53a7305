"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/server/actions/define-action";
import { assignmentInputSchema, classIdSchema, createClassSchema } from "@/server/classes/class-schemas";
import { createClass } from "@/server/classes/create-class";
import { regenerateJoinCode } from "@/server/classes/regenerate-join-code";
import { setJoinEnabled } from "@/server/classes/set-join-enabled";
import { removeStudent } from "@/server/classes/remove-student";
import { addAssignment } from "@/server/classes/add-assignment";
import { removeAssignment } from "@/server/classes/remove-assignment";

const classPath = (classId: string) => `/teach/classes/${classId}`;
const inClass = z.object({ classId: classIdSchema });

/** Creates a class; the form then shows its join code and join link. */
export const createClassAction = defineAction({ auth: ["teacher", "admin"], schema: createClassSchema }, async (input, { user }) => {
  const classroom = await createClass(user, input.name);
  revalidatePath("/teach");
  return classroom;
});

/** Replaces the join code; the old one stops working. */
export const regenerateJoinCodeAction = defineAction({ auth: ["teacher", "admin"], schema: inClass }, async (input, { user }) => {
  const result = await regenerateJoinCode(user, input.classId);
  revalidatePath(classPath(input.classId));
  return result;
});

/** Turns joining by code on or off. */
export const setJoinEnabledAction = defineAction(
  { auth: ["teacher", "admin"], schema: inClass.extend({ enabled: z.enum(["true", "false"]) }) },
  async (input, { user }) => {
    const result = await setJoinEnabled(user, input.classId, input.enabled === "true");
    revalidatePath(classPath(input.classId));
    return result;
  },
);

/** Removes a student from the class. */
export const removeStudentAction = defineAction(
  { auth: ["teacher", "admin"], schema: inClass.extend({ studentId: z.string().min(1).max(64) }) },
  async (input, { user }) => {
    await removeStudent(user, input.classId, input.studentId);
    revalidatePath(classPath(input.classId));
    return { removed: input.studentId };
  },
);

/** Assigns an item (or changes its due date). */
export const addAssignmentAction = defineAction(
  { auth: ["teacher", "admin"], schema: inClass.extend(assignmentInputSchema.shape) },
  async (input, { user }) => {
    const result = await addAssignment(user, input.classId, input);
    revalidatePath(classPath(input.classId));
    return { id: result.id };
  },
);

/** Unassigns an item. */
export const removeAssignmentAction = defineAction(
  { auth: ["teacher", "admin"], schema: inClass.extend({ assignmentId: z.string().min(1).max(64) }) },
  async (input, { user }) => {
    await removeAssignment(user, input.classId, input.assignmentId);
    revalidatePath(classPath(input.classId));
    return { removed: input.assignmentId };
  },
);
