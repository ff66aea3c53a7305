"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/server/actions/define-action";
import { joinClassSchema } from "@/server/classes/class-schemas";
import { joinClass } from "@/server/classes/join-class";

/** Enrolls the signed-in student with a join code. */
export const joinClassAction = defineAction({ auth: ["student"], schema: joinClassSchema }, async (input, { user }) => {
  const joined = await joinClass(user, input.code);
  revalidatePath("/progress");
  return joined;
});
