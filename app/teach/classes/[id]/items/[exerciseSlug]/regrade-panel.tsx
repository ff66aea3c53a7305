"use client";

import { useEffect, useState } from "react";
import { useRouter } from "next/navigation";
import { LocalTime } from "@/components/local-time";
import { ProgressBar } from "@/components/progress-bar";
import type { RegradeLearnerChange, RegradeView } from "@/server/regrades/get-regrade";
import { applyRegradeAction, startRegradeAction } from "./actions";

const POLL_MS = 1000;
const inBackground = (regrade: RegradeView | null) => regrade?.status === "previewing" || regrade?.status === "applying";

async function fetchRegrade(id: string): Promise<RegradeView> {
  const response = await fetch(`/api/regrades/${encodeURIComponent(id)}`, { cache: "no-store" });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
    throw new Error(body?.error?.message ?? `The server answered ${response.status}.`);
  }
  return (await response.json()) as RegradeView;
}

/**
 * Regrading the class's submissions of one exercise after its tests changed: a dry run grades them in the
 * background and lists who would go up or down, then applying stores the new verdicts; both show their progress.
 */
export function RegradePanel({
  classId,
  exerciseSlug,
  candidates,
  latest,
}: {
  classId: string;
  exerciseSlug: string;
  /** Graded submissions (and their students) whose verdict came from other tests than the current ones. */
  candidates: { submissions: number; students: number };
  latest: RegradeView | null;
}) {
  const router = useRouter();
  const [regrade, setRegrade] = useState<RegradeView | null>(latest);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const following = inBackground(regrade);
  const regradeId = regrade?.id;

  useEffect(() => {
    if (!following || !regradeId) return;
    let stopped = false;
    const timer = setInterval(async () => {
      try {
        const next = await fetchRegrade(regradeId);
        if (stopped) return;
        setRegrade(next);
        // Done in the background: re-read the page (the counts of what is left to regrade).
        if (!inBackground(next)) router.refresh();
      } catch (caught) {
        if (!stopped) setError((caught as Error).message);
      }
    }, POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [following, regradeId, router]);

  const dryRun = async () => {
    setError(null);
    setBusy(true);
    const form = new FormData();
    form.set("classId", classId);
    form.set("exerciseSlug", exerciseSlug);
    const answer = await startRegradeAction(null, form);
    if (answer?.ok) setRegrade(await fetchRegrade(answer.data.id).catch(() => regrade));
    else setError(answer?.message ?? "Could not start the dry run.");
    setBusy(false);
  };

  const apply = async () => {
    if (!regrade) return;
    const { up, down } = regrade;
    if (!window.confirm(`Apply the regrade? ${up.length} ${students(up.length)} go up and ${down.length} go down; their earlier results are kept for the record.`)) return;
    setError(null);
    setBusy(true);
    const form = new FormData();
    form.set("regradeId", regrade.id);
    form.set("classId", classId);
    form.set("exerciseSlug", exerciseSlug);
    const answer = await applyRegradeAction(null, form);
    if (answer?.ok) setRegrade(await fetchRegrade(regrade.id).catch(() => regrade));
    else setError(answer?.message ?? "Could not apply the regrade.");
    setBusy(false);
  };

  const offerDryRun = candidates.submissions > 0 && !following && !(regrade?.status === "previewed" && regrade.canApply);
  return (
    <section className="card space-y-4 p-6" aria-labelledby="regrade-heading">
      <div>
        <h2 id="regrade-heading" className="text-lg font-semibold">Regrade after a test change</h2>
        <p className="mt-1 text-sm text-slate-600" data-testid="regrade-candidates">
          {candidates.submissions > 0
            ? `${candidates.submissions} graded ${candidates.submissions === 1 ? "submission" : "submissions"} by ${candidates.students} ${students(candidates.students)} ${candidates.submissions === 1 ? "was" : "were"} graded by earlier tests than the current ones.`
            : "Every graded submission in this class was graded by the current tests."}
        </p>
      </div>
      {offerDryRun && (
        <div className="flex flex-wrap items-center gap-3">
          <button type="button" className="btn-primary" onClick={() => void dryRun()} disabled={busy}>
            {busy ? "Starting…" : "Dry run"}
          </button>
          <p className="text-sm text-slate-500">Grades them again against the current tests in the background. Nothing changes for students until you apply it.</p>
        </div>
      )}
      {error && (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">{error}</p>
      )}
      {regrade && regrade.status !== "superseded" && <RegradeState regrade={regrade} busy={busy} onApply={() => void apply()} />}
    </section>
  );
}

function RegradeState({ regrade, busy, onApply }: { regrade: RegradeView; busy: boolean; onApply: () => void }) {
  const { progress } = regrade;
  const gradedSoFar = progress.total - progress.toGrade;
  const appliedSoFar = progress.applied + progress.skipped;
  return (
    <div className="space-y-4 border-t border-slate-100 pt-4" data-testid="regrade-state" data-status={regrade.status}>
      <div role="status" aria-live="polite" className="space-y-2">
        {regrade.status === "previewing" && (
          <>
            <p className="text-sm font-medium text-slate-800">Dry run: graded {gradedSoFar} of {progress.total} submissions…</p>
            <ProgressBar value={gradedSoFar} max={progress.total} label="Dry run progress" />
          </>
        )}
        {regrade.status === "previewed" && (
          <p className="text-sm font-medium text-slate-800">
            Dry run finished: {regrade.up.length} {students(regrade.up.length)} would go up, {regrade.down.length} would go down, {regrade.unchanged} unchanged.
          </p>
        )}
        {regrade.status === "applying" && (
          <>
            <p className="text-sm font-medium text-slate-800">Applying: {appliedSoFar} of {progress.total - progress.failed} submissions…</p>
            <ProgressBar value={appliedSoFar} max={progress.total - progress.failed} label="Regrade progress" />
          </>
        )}
        {regrade.status === "applied" && regrade.appliedAt && (
          <p className="text-sm font-medium text-emerald-800">
            Regrade applied <LocalTime iso={regrade.appliedAt} />: {regrade.up.length} {students(regrade.up.length)} went up, {regrade.down.length} went down, {regrade.unchanged} unchanged.
          </p>
        )}
      </div>
      {progress.failed > 0 && (
        <p className="text-sm text-amber-800">{progress.failed} {progress.failed === 1 ? "submission" : "submissions"} could not be graded again; applying leaves them as they were.</p>
      )}
      {regrade.status !== "previewing" && (
        <div className="grid gap-4 md:grid-cols-2">
          <ChangeList title={regrade.status === "applied" ? "Went up" : "Would go up"} changes={regrade.up} />
          <ChangeList title={regrade.status === "applied" ? "Went down" : "Would go down"} changes={regrade.down} />
        </div>
      )}
      {regrade.status === "previewed" &&
        (regrade.canApply ? (
          <button type="button" className="btn-primary" onClick={onApply} disabled={busy}>
            {busy ? "Applying…" : "Apply regrade"}
          </button>
        ) : (
          <p className="text-sm text-amber-800">The exercise has changed again since this dry run: start a new dry run.</p>
        ))}
      <p className="text-xs text-slate-500">
        Against version {regrade.version}, started <LocalTime iso={regrade.createdAt} />
        {regrade.requestedBy ? ` by ${regrade.requestedBy}` : ""}.
      </p>
    </div>
  );
}

function ChangeList({ title, changes }: { title: string; changes: RegradeLearnerChange[] }) {
  return (
    <div>
      <h3 className="text-sm font-semibold text-slate-700">{title} ({changes.length})</h3>
      {changes.length === 0 ? (
        <p className="mt-1 text-sm text-slate-500">Nobody.</p>
      ) : (
        <table className="mt-1 w-full text-sm">
          <thead className="text-left text-xs uppercase tracking-wide text-slate-500">
            <tr><th className="py-1 pr-3">Student</th><th className="py-1 pr-3 text-right">Best before</th><th className="py-1 text-right">Best after</th></tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {changes.map((change) => (
              <tr key={change.userId}>
                <td className="py-1 pr-3">{change.name}</td>
                <td className="py-1 pr-3 text-right tabular-nums">{formatPoints(change.oldBest)}</td>
                <td className="py-1 text-right tabular-nums">{formatPoints(change.newBest)} / {change.maxScore}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

function students(count: number): string {
  return count === 1 ? "student" : "students";
}

function formatPoints(score: number): string {
  return Number.isInteger(score) ? String(score) : score.toFixed(2).replace(/0+$/, "");
}
