import type { Metadata } from "next";
import Link from "next/link";
import { getCurrentUser } from "@/server/auth/current-user";
import { getItemInsight } from "@/server/classes/item-insight";
import { AppError } from "@/server/errors";
import { loadForPage } from "@/server/http/page-access";
import { countRegradeCandidates } from "@/server/regrades/count-regrade-candidates";
import { findLatestClassRegrade } from "@/server/regrades/get-regrade";
import { RegradePanel } from "./regrade-panel";

export const metadata: Metadata = { title: "Exercise insight" };

export default async function ItemInsightPage({ params }: { params: Promise<{ id: string; exerciseSlug: string }> }) {
  const { id, exerciseSlug } = await params;
  const viewer = await getCurrentUser();
  const insight = await loadForPage(`/teach/classes/${id}/items/${exerciseSlug}`, () => getItemInsight(viewer, id, exerciseSlug));
  const regrade = await loadRegrade(viewer, id, exerciseSlug);
  const widest = Math.max(1, ...insight.failingTests.map((test) => test.studentsFailed));
  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm text-slate-500">
          <Link href="/teach" className="hover:underline">Your classes</Link> /{" "}
          <Link href={`/teach/classes/${id}`} className="hover:underline">{insight.classroom.name}</Link>
        </p>
        <h1 className="text-3xl font-bold tracking-tight">{insight.exercise.title}: where the class gets stuck</h1>
        <p className="mt-1 text-sm text-slate-600">
          {insight.studentsAttempted} of {insight.studentCount} students attempted it, with {insight.gradedSubmissions} graded submissions in all.
        </p>
      </div>
      {regrade && <RegradePanel classId={id} exerciseSlug={exerciseSlug} candidates={regrade.candidates} latest={regrade.latest} />}
      {insight.failingTests.length === 0 ? (
        <p className="card p-8 text-center text-slate-600">No failing tests so far.</p>
      ) : (
        <section className="card overflow-hidden" aria-labelledby="tests-heading">
          <h2 id="tests-heading" className="border-b border-slate-200 px-5 py-3 text-lg font-semibold">Tests that fail most often</h2>
          <table className="w-full text-sm">
            <thead className="bg-slate-50 text-left text-xs uppercase tracking-wide text-slate-500">
              <tr>
                <th className="px-5 py-2">Test</th>
                <th className="px-5 py-2">Students who failed it</th>
                <th className="px-5 py-2 text-right">Still failing</th>
                <th className="px-5 py-2 text-right">Failed submissions</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {insight.failingTests.map((test) => (
                <tr key={test.name}>
                  <td className="px-5 py-3 align-top">
                    <p className="font-mono text-xs font-semibold">{test.name}</p>
                    {test.sampleMessage && <p className="mt-1 line-clamp-2 max-w-md text-xs text-slate-500">{test.sampleMessage}</p>}
                  </td>
                  <td className="px-5 py-3 align-top">
                    <div className="flex items-center gap-2">
                      <div className="h-2.5 w-40 rounded-full bg-slate-100">
                        <div className="h-2.5 rounded-full bg-red-400" style={{ width: `${(test.studentsFailed / widest) * 100}%` }} />
                      </div>
                      <span className="tabular-nums">{test.studentsFailed}</span>
                    </div>
                  </td>
                  <td className="px-5 py-3 text-right align-top tabular-nums">{test.studentsStillFailing}</td>
                  <td className="px-5 py-3 text-right align-top tabular-nums">{test.failedSubmissions}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </div>
  );
}

// An archived exercise, or one whose tests were never stored, cannot be regraded: the page simply has no panel.
async function loadRegrade(viewer: Awaited<ReturnType<typeof getCurrentUser>>, classId: string, exerciseSlug: string) {
  try {
    const [candidates, latest] = await Promise.all([
      countRegradeCandidates(viewer, { exerciseSlug, classId }),
      findLatestClassRegrade(viewer, classId, exerciseSlug),
    ]);
    return { candidates: { submissions: candidates.submissions, students: candidates.learners }, latest };
  } catch (error) {
    if (error instanceof AppError && (error.code === "not_found" || error.code === "unavailable")) return null;
    throw error;
  }
}
