import type { Metadata } from "next";
import Link from "next/link";
import { getCurrentUser } from "@/server/auth/current-user";
import { getClassProgress, type ClassProgress } from "@/server/classes/class-progress";
import { findStrugglingStudents } from "@/server/classes/struggling-students";
import { parseProgressView, selectProgressRows, type ProgressView } from "@/server/classes/select-progress-rows";
import { listAssignableItems } from "@/server/classes/list-assignable-items";
import { formatJoinCode } from "@/server/classes/join-code";
import { listExercisesToRegrade, type ExerciseToRegrade } from "@/server/regrades/list-exercises-to-regrade";
import { loadForPage } from "@/server/http/page-access";
import { progressStatuses } from "@/server/classes/progress-status";
import { progressStatusStyle } from "@/components/progress-status-style";
import { ActionButton } from "@/components/action-button";
import { LocalTime } from "@/components/local-time";
import { removeAssignmentAction, removeStudentAction, regenerateJoinCodeAction, setJoinEnabledAction } from "../../actions";
import { ProgressLegend, ProgressMatrix } from "./progress-matrix";
import { AssignmentForm } from "./assignment-form";

export const metadata: Metadata = { title: "Class" };

type Params = { id: string };
type Search = Record<string, string | string[] | undefined>;
const views = ["progress", "struggling", "students", "assignments"] as const;
type View = (typeof views)[number];

export default async function ClassPage({ params, searchParams }: { params: Promise<Params>; searchParams: Promise<Search> }) {
  const { id } = await params;
  const search = await searchParams;
  const basePath = `/teach/classes/${id}`;
  const viewer = await getCurrentUser();
  const progress = await loadForPage(basePath, () => getClassProgress(viewer, id));
  const toRegrade = await listExercisesToRegrade(viewer, id);
  const tab: View = views.includes(search.view as View) ? (search.view as View) : "progress";
  const struggling = findStrugglingStudents(progress);
  const tabs: { view: View; label: string; count?: number }[] = [
    { view: "progress", label: "Progress" },
    { view: "struggling", label: "Struggling", count: struggling.length },
    { view: "students", label: "Students", count: progress.students.length },
    { view: "assignments", label: "Assignments", count: progress.items.length },
  ];
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <p className="text-sm text-slate-500"><Link href="/teach" className="hover:underline">Your classes</Link> /</p>
          <h1 className="text-3xl font-bold tracking-tight">{progress.classroom.name}</h1>
          <p className="mt-1 text-sm text-slate-600">
            {plural(progress.students.length, "student")} · {plural(progress.items.length, "assigned item")} · join code{" "}
            <span className={`font-mono font-semibold ${progress.classroom.joinEnabled ? "text-slate-900" : "text-slate-500 line-through"}`} data-testid="join-code">
              {formatJoinCode(progress.classroom.joinCode)}
            </span>
          </p>
        </div>
        <a href={`/api/classes/${id}/progress.csv`} download className="btn-secondary">
          <span aria-hidden>⬇</span> Download CSV
        </a>
      </div>
      {toRegrade.length > 0 && <RegradeNotice basePath={basePath} exercises={toRegrade} />}
      <nav aria-label="Class views" className="flex gap-1 border-b border-slate-200">
        {tabs.map((entry) => (
          <Link
            key={entry.view}
            href={entry.view === "progress" ? basePath : `${basePath}?view=${entry.view}`}
            aria-current={tab === entry.view ? "page" : undefined}
            className={`-mb-px border-b-2 px-4 py-2 text-sm font-medium ${tab === entry.view ? "border-brand-600 text-brand-700" : "border-transparent text-slate-600 hover:text-slate-900"}`}
          >
            {entry.label}
            {entry.count !== undefined && (
              <span className={`ml-2 badge ${entry.view === "struggling" && entry.count ? "bg-red-100 text-red-700" : "bg-slate-100 text-slate-600"}`}>{entry.count}</span>
            )}
          </Link>
        ))}
      </nav>
      {tab === "progress" && <ProgressTab progress={progress} view={parseProgressView(search)} basePath={basePath} />}
      {tab === "struggling" && <StrugglingTab progress={progress} struggling={struggling} />}
      {tab === "students" && <StudentsTab progress={progress} />}
      {tab === "assignments" && <AssignmentsTab progress={progress} options={await listAssignableItems(viewer)} />}
    </div>
  );
}

function RegradeNotice({ basePath, exercises }: { basePath: string; exercises: ExerciseToRegrade[] }) {
  return (
    <section aria-labelledby="regrade-notice-heading" className="rounded-lg border border-amber-200 bg-amber-50 px-5 py-3 text-sm text-amber-900">
      <h2 id="regrade-notice-heading" className="font-semibold">Tests changed after students were graded</h2>
      <ul className="mt-1 space-y-1">
        {exercises.map((exercise) => (
          <li key={exercise.slug}>
            <span className="font-medium">{exercise.title}</span>
            {`: ${plural(exercise.submissions, "submission")} by ${plural(exercise.students, "student")} graded by earlier tests. `}
            <Link href={`${basePath}/items/${exercise.slug}`} className="font-medium underline">Review and regrade {exercise.title}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

function ProgressTab({ progress, view, basePath }: { progress: ClassProgress; view: ProgressView; basePath: string }) {
  const rows = selectProgressRows(progress, view);
  return (
    <div className="space-y-4">
      <form method="get" action={basePath} className="flex flex-wrap items-end gap-3" role="search">
        <div>
          <label htmlFor="student-search" className="field-label">Search students</label>
          <input id="student-search" name="q" defaultValue={view.query ?? ""} placeholder="Name or email" className="field-input w-64" />
        </div>
        <div>
          <label htmlFor="status-filter" className="field-label">Status</label>
          <select id="status-filter" name="status" defaultValue={view.status ?? ""} className="field-input w-48">
            <option value="">Any status</option>
            {progressStatuses.map((status) => (
              <option key={status} value={status}>{progressStatusStyle[status].label}</option>
            ))}
          </select>
        </div>
        {view.sort && <input type="hidden" name="sort" value={view.sort} />}
        {view.sort && <input type="hidden" name="dir" value={view.direction ?? "asc"} />}
        <button type="submit" className="btn-secondary">Apply</button>
        {(view.query || view.status) && <Link href={basePath} className="py-2 text-sm text-slate-600 underline">Clear</Link>}
        <p className="ml-auto py-2 text-sm text-slate-500">
          Showing {rows.length} of {progress.students.length} students
        </p>
      </form>
      <ProgressLegend />
      <ProgressMatrix progress={progress} rows={rows} view={view} basePath={basePath} />
    </div>
  );
}

function StrugglingTab({ progress, struggling }: { progress: ClassProgress; struggling: ReturnType<typeof findStrugglingStudents> }) {
  const classPath = `/teach/classes/${progress.classroom.id}`;
  if (!struggling.length) {
    return <p className="card p-8 text-center text-slate-600">Nobody looks stuck right now: no one has 5+ failed attempts on an unsolved item or a week without activity.</p>;
  }
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-600">Students with 5 or more failed attempts on an item they have not solved, or no activity for 7 days.</p>
      <ul className="card divide-y divide-slate-100">
        {struggling.map((student) => (
          <li key={student.userId} className="flex flex-wrap items-start gap-4 px-5 py-4">
            <div className="min-w-48">
              <p className="font-medium text-slate-900">{student.name}</p>
              <p className="text-xs text-slate-500">{student.email}</p>
            </div>
            <ul className="flex-1 space-y-1 text-sm">
              {student.stuckOn.map((entry) => (
                <li key={entry.slug}>
                  <span className="badge mr-2 bg-red-100 text-red-700">{entry.failedAttempts} failed</span>
                  {entry.kind === "exercise" ? (
                    <Link href={`${classPath}/students/${student.userId}/items/${entry.slug}`} className="text-brand-700 hover:underline">{entry.title}</Link>
                  ) : (
                    entry.title
                  )}
                </li>
              ))}
              {student.inactiveDays !== null && (
                <li>
                  <span className="badge mr-2 bg-amber-100 text-amber-800">inactive</span>
                  {student.lastActiveAt ? `No activity for ${student.inactiveDays} days` : `No activity since joining ${student.inactiveDays} days ago`}
                </li>
              )}
            </ul>
          </li>
        ))}
      </ul>
    </div>
  );
}

function StudentsTab({ progress }: { progress: ClassProgress }) {
  const { classroom } = progress;
  const code = formatJoinCode(classroom.joinCode);
  return (
    <div className="grid gap-6 lg:grid-cols-[22rem_1fr]">
      <section className="card h-fit p-6" aria-labelledby="join-heading">
        <h2 id="join-heading" className="text-lg font-semibold">Join code</h2>
        <p className={`mt-3 font-mono text-4xl font-bold tracking-widest ${classroom.joinEnabled ? "text-slate-900" : "text-slate-300 line-through"}`}>{code}</p>
        <p className="mt-2 text-sm text-slate-600">
          {classroom.joinEnabled ? (
            <>Students join at <span className="font-mono">/join</span> or with the link <span className="break-all font-mono text-xs">/join?code={classroom.joinCode}</span></>
          ) : (
            "Joining is turned off: the code does not let anyone new in."
          )}
        </p>
        <div className="mt-4 flex flex-wrap gap-2">
          <ActionButton action={regenerateJoinCodeAction} fields={{ classId: classroom.id }} label="Regenerate code" confirm="Make a new code? The current one stops working." />
          <ActionButton
            action={setJoinEnabledAction}
            fields={{ classId: classroom.id, enabled: classroom.joinEnabled ? "false" : "true" }}
            label={classroom.joinEnabled ? "Turn joining off" : "Turn joining on"}
          />
        </div>
      </section>
      <section className="card overflow-hidden" aria-labelledby="roster-heading">
        <h2 id="roster-heading" className="border-b border-slate-200 px-5 py-3 text-lg font-semibold">Students ({progress.students.length})</h2>
        {progress.students.length === 0 ? (
          <p className="p-6 text-slate-600">No one has joined yet. Share the join code.</p>
        ) : (
          <table className="w-full text-sm">
            <thead className="bg-slate-50 text-left text-xs uppercase tracking-wide text-slate-500">
              <tr><th className="px-5 py-2">Name</th><th className="px-5 py-2">Joined</th><th className="px-5 py-2">Last active</th><th className="px-5 py-2"><span className="sr-only">Actions</span></th></tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {progress.students.map((student) => (
                <tr key={student.userId}>
                  <td className="px-5 py-2"><p className="font-medium">{student.name}</p><p className="text-xs text-slate-500">{student.email}</p></td>
                  <td className="px-5 py-2 text-slate-600"><LocalTime iso={student.joinedAt.toISOString()} style="date" /></td>
                  <td className="px-5 py-2 text-slate-600">{student.lastActiveAt ? <LocalTime iso={student.lastActiveAt.toISOString()} /> : "Never"}</td>
                  <td className="px-5 py-2 text-right">
                    <ActionButton
                      action={removeStudentAction}
                      fields={{ classId: classroom.id, studentId: student.userId }}
                      label="Remove"
                      className="btn-danger px-3 py-1"
                      confirm={`Remove ${student.name} from ${classroom.name}? Their own work is kept.`}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}

function AssignmentsTab({ progress, options }: { progress: ClassProgress; options: Awaited<ReturnType<typeof listAssignableItems>> }) {
  const classId = progress.classroom.id;
  return (
    <div className="space-y-6">
      <section className="card p-6" aria-labelledby="assign-heading">
        <h2 id="assign-heading" className="mb-4 text-lg font-semibold">Assign work</h2>
        <AssignmentForm classId={classId} options={options} />
        <p className="mt-2 text-xs text-slate-500">Assigning an item that is already assigned changes its due date.</p>
      </section>
      <section className="card overflow-hidden" aria-labelledby="assigned-heading">
        <h2 id="assigned-heading" className="border-b border-slate-200 px-5 py-3 text-lg font-semibold">Assigned ({progress.items.length})</h2>
        {progress.items.length === 0 ? (
          <p className="p-6 text-slate-600">Nothing assigned yet.</p>
        ) : (
          <table className="w-full text-sm">
            <thead className="bg-slate-50 text-left text-xs uppercase tracking-wide text-slate-500">
              <tr><th className="px-5 py-2">Item</th><th className="px-5 py-2">Due</th><th className="px-5 py-2">Solved</th><th className="px-5 py-2"><span className="sr-only">Actions</span></th></tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {progress.items.map((item, index) => (
                <tr key={item.assignmentId}>
                  <td className="px-5 py-2">
                    <span className="font-medium">{item.title}</span>{" "}
                    <span className={`badge ${item.kind === "quiz" ? "bg-violet-100 text-violet-700" : "bg-slate-100 text-slate-600"}`}>{item.kind}</span>
                  </td>
                  <td className="px-5 py-2 text-slate-600">{item.dueAt ? <LocalTime iso={item.dueAt.toISOString()} /> : "No due date"}</td>
                  <td className="px-5 py-2 tabular-nums text-slate-600">{Math.round(progress.summaries[index].solvedPercent)}%</td>
                  <td className="px-5 py-2 text-right">
                    <ActionButton
                      action={removeAssignmentAction}
                      fields={{ classId, assignmentId: item.assignmentId }}
                      label="Unassign"
                      className="btn-danger px-3 py-1"
                      confirm={`Unassign ${item.title}? Students' work on it is kept.`}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
