import type { Metadata } from "next";
import Link from "next/link";
import { getCurrentUser } from "@/server/auth/current-user";
import { listTeacherClasses } from "@/server/classes/list-teacher-classes";
import { formatJoinCode } from "@/server/classes/join-code";
import { loadForPage } from "@/server/http/page-access";
import { CreateClassForm } from "./create-class-form";

export const metadata: Metadata = { title: "Your classes" };

export default async function TeachPage() {
  const viewer = await getCurrentUser();
  const classes = await loadForPage("/teach", () => listTeacherClasses(viewer));
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-3xl font-bold tracking-tight">Your classes</h1>
        <p className="mt-1 text-slate-600">Create a class, share its join code, assign exercises and see who needs a hand.</p>
      </div>
      <section className="card p-6" aria-labelledby="create-heading">
        <h2 id="create-heading" className="mb-4 text-lg font-semibold">Create a class</h2>
        <CreateClassForm />
      </section>
      <section aria-labelledby="classes-heading">
        <h2 id="classes-heading" className="sr-only">Classes</h2>
        {classes.length === 0 ? (
          <p className="rounded-xl border border-dashed border-slate-300 p-8 text-center text-slate-500">No classes yet. Create your first one above.</p>
        ) : (
          <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {classes.map((classroom) => (
              <li key={classroom.id}>
                <Link href={`/teach/classes/${classroom.id}`} className="card block h-full p-5 transition hover:border-brand-500 hover:shadow-md">
                  <h3 className="text-lg font-semibold text-slate-900">{classroom.name}</h3>
                  <p className="mt-1 text-sm text-slate-600">
                    {classroom.studentCount} {classroom.studentCount === 1 ? "student" : "students"} · {classroom.assignmentCount}{" "}
                    {classroom.assignmentCount === 1 ? "assignment" : "assignments"}
                  </p>
                  <p className="mt-4 text-xs text-slate-500">
                    Join code{" "}
                    <span className={`font-mono text-sm font-semibold ${classroom.joinEnabled ? "text-slate-800" : "text-slate-500 line-through"}`}>
                      {formatJoinCode(classroom.joinCode)}
                    </span>
                    {!classroom.joinEnabled && <span className="ml-2 badge bg-slate-100 text-slate-600">joining off</span>}
                  </p>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
