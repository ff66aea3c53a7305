import { NextResponse } from "next/server";
import { apiRoute } from "@/server/http/api-route";
import { parseInput } from "@/server/http/parse-request";
import { getCurrentUser } from "@/server/auth/current-user";
import { classIdSchema } from "@/server/classes/class-schemas";
import { getClassProgress } from "@/server/classes/class-progress";

/** The class's progress matrix as JSON, for its teacher and admins. */
export const GET = apiRoute<{ id: string }>(async (_request, { params }) => {
  const classId = parseInput(classIdSchema, (await params).id);
  const progress = await getClassProgress(await getCurrentUser(), classId);
  return NextResponse.json({
    class: { id: progress.classroom.id, name: progress.classroom.name },
    items: progress.items.map((item, index) => ({ ...item, summary: progress.summaries[index] })),
    students: progress.students.map((student) => ({
      userId: student.userId,
      name: student.name,
      email: student.email,
      lastActiveAt: student.lastActiveAt,
      solvedCount: student.solvedCount,
      cells: student.cells.map((cell, index) => ({ assignmentId: progress.items[index].assignmentId, ...cell })),
    })),
  });
});
