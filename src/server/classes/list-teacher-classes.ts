import "server-only";
import { displayName } from "@/lib/spoofing-characters";
import { getDb } from "../db";
import type { PublicUser } from "../auth/users";
import { requireTeacher } from "./require-class-teacher";

export interface TeacherClassSummary {
  id: string;
  name: string;
  joinCode: string;
  joinEnabled: boolean;
  createdAt: Date;
  studentCount: number;
  assignmentCount: number;
}

/** The classes `viewer` teaches (an admin sees every class), newest first. */
export async function listTeacherClasses(viewer: PublicUser | null): Promise<TeacherClassSummary[]> {
  const user = requireTeacher(viewer);
  const db = await getDb();
  const classes = await db.classroom.findMany({
    where: user.role === "admin" ? {} : { ownerId: user.id },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      name: true,
      joinCode: true,
      joinEnabled: true,
      createdAt: true,
      _count: { select: { enrollments: true, assignments: true } },
    },
  });
  return classes.map(({ _count, ...classroom }) => ({
    ...classroom,
    name: displayName(classroom.name),
    studentCount: _count.enrollments,
    assignmentCount: _count.assignments,
  }));
}
