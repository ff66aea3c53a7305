import { NextResponse } from "next/server";
import { apiRoute } from "@/server/http/api-route";
import { parseJsonBody } from "@/server/http/parse-request";
import { getCurrentUser } from "@/server/auth/current-user";
import { createClassSchema } from "@/server/classes/class-schemas";
import { createClass } from "@/server/classes/create-class";
import { listTeacherClasses } from "@/server/classes/list-teacher-classes";

/** Creates a class `{name}` for the signed-in teacher: 201 `{id, name, joinCode}`. */
export const POST = apiRoute(async (request) => {
  const viewer = await getCurrentUser();
  const input = await parseJsonBody(request, createClassSchema, { maxBytes: 4 * 1024 });
  const classroom = await createClass(viewer, input.name);
  return NextResponse.json(classroom, { status: 201 });
});

/** The signed-in teacher's classes. */
export const GET = apiRoute(async () => {
  const classes = await listTeacherClasses(await getCurrentUser());
  return NextResponse.json({ classes });
});
