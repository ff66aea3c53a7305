import Link from "next/link";
import { listStudentAssignments } from "@/server/classes/student-assignments";
import { LocalTime } from "./local-time";
import { progressStatusStyle } from "./progress-status-style";

/** The student's class assignments (server component): item, class, due date and where they stand. */
export async function StudentAssignments({ userId }: { userId: string }) {
  const assignments = await listStudentAssignments(userId);
  if (!assignments.length) {
    return (
      <section aria-labelledby="assignments-heading" className="card p-6">
        <h2 id="assignments-heading" className="text-lg font-semibold">Class assignments</h2>
        <p className="mt-2 text-sm text-slate-600">
          Nothing assigned yet. Got a join code from your teacher?{" "}
          <Link href="/join" className="text-brand-600 underline">Join a class</Link>.
        </p>
      </section>
    );
  }
  return (
    <section aria-labelledby="assignments-heading" className="card overflow-hidden">
      <h2 id="assignments-heading" className="border-b border-slate-200 px-6 py-4 text-lg font-semibold">Class assignments</h2>
      <ul className="divide-y divide-slate-100">
        {assignments.map((assignment) => {
          const style = progressStatusStyle[assignment.status];
          const { overdue } = assignment;
          return (
            <li key={assignment.assignmentId} className="flex flex-wrap items-center gap-x-4 gap-y-1 px-6 py-3">
              <div className="min-w-0 flex-1">
                <Link href={assignment.href} className="font-medium text-slate-900 hover:text-brand-600 hover:underline">
                  {assignment.title}
                </Link>
                <p className="text-xs text-slate-500">
                  {assignment.kind === "quiz" ? "Quiz" : "Exercise"} · {assignment.className}
                </p>
              </div>
              <div className={`text-sm ${overdue ? "font-medium text-red-700" : "text-slate-600"}`}>
                {assignment.dueAt ? (
                  <>
                    {overdue ? "Overdue · was due " : "Due "}
                    <LocalTime iso={assignment.dueAt.toISOString()} />
                  </>
                ) : (
                  "No due date"
                )}
              </div>
              <span className={`badge ${style.badge}`}>
                {style.label}
                {assignment.bestScore !== null && assignment.maxScore > 0 ? ` · ${formatScore(assignment.bestScore)}/${assignment.maxScore}` : ""}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function formatScore(score: number): string {
  return Number.isInteger(score) ? String(score) : score.toFixed(1);
}
