import { NextResponse } from "next/server";
import { apiRoute } from "@/server/http/api-route";
import { parseJsonBody } from "@/server/http/parse-request";
import { getCurrentUser } from "@/server/auth/current-user";
import { joinClassSchema } from "@/server/classes/class-schemas";
import { joinClass } from "@/server/classes/join-class";

/** Enrolls the signed-in student with `{code}`: `{classId, className, alreadyEnrolled}` (idempotent). */
export const POST = apiRoute(async (request) => {
  const viewer = await getCurrentUser();
  const input = await parseJsonBody(request, joinClassSchema, { maxBytes: 4 * 1024 });
  const joined = await joinClass(viewer, input.code);
  return NextResponse.json(joined, { status: joined.alreadyEnrolled ? 200 : 201 });
});
