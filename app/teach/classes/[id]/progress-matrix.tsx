import Link from "next/link";
import type { ClassProgress, StudentProgress } from "@/server/classes/class-progress";
import type { ProgressView } from "@/server/classes/select-progress-rows";
import { progressStatusStyle } from "@/components/progress-status-style";
import { MatrixRows } from "./matrix-rows";

/** The students x items grid: one coloured cell per student and item, column summaries at the foot. */
export function ProgressMatrix({
  progress,
  rows,
  view,
  basePath,
}: {
  progress: ClassProgress;
  rows: StudentProgress[];
  view: ProgressView;
  basePath: string;
}) {
  const sortHref = (sort: string) => {
    const params = new URLSearchParams();
    if (view.query) params.set("q", view.query);
    if (view.status) params.set("status", view.status);
    params.set("sort", sort);
    const current = (view.sort ?? "name") === sort;
    params.set("dir", current && view.direction !== "desc" ? "desc" : "asc");
    return `${basePath}?${params}`;
  };
  const arrow = (sort: string) => ((view.sort ?? "name") === sort ? (view.direction === "desc" ? " ↓" : " ↑") : "");
  const ariaSort = (sort: string) => ((view.sort ?? "name") === sort ? (view.direction === "desc" ? "descending" : "ascending") : undefined);
  const classPath = `/teach/classes/${progress.classroom.id}`;

  if (!progress.items.length) {
    return (
      <div className="card p-10 text-center">
        <p className="text-lg font-medium text-slate-800">Nothing assigned yet</p>
        <p className="mt-1 text-slate-600">Assign exercises or quizzes and this grid fills in as your students work.</p>
        <Link href={`${classPath}?view=assignments`} className="btn-primary mt-4">Assign work</Link>
      </div>
    );
  }
  return (
    <div className="card overflow-x-auto">
      <table className="w-max min-w-full border-separate border-spacing-0 text-sm">
        <caption className="sr-only">Progress of each student on each assigned item</caption>
        <thead>
          <tr>
            <th scope="col" aria-sort={ariaSort("name")} className="sticky left-0 z-20 min-w-56 border-b border-slate-200 bg-white px-4 py-3 text-left align-bottom">
              <Link href={sortHref("name")} className="font-semibold text-slate-800 hover:text-brand-600">Student{arrow("name")}</Link>
              <Link href={sortHref("solved")} className="ml-3 text-xs font-normal text-slate-500 hover:text-brand-600">Solved{arrow("solved")}</Link>
            </th>
            {progress.items.map((item) => {
              const sort = `item:${item.assignmentId}`;
              return (
                <th key={item.assignmentId} scope="col" aria-sort={ariaSort(sort)} className="border-b border-slate-200 px-1 pb-2 pt-3 align-bottom font-normal">
                  <Link href={sortHref(sort)} title={`Sort by ${item.title}`} className="group mx-auto flex h-40 w-10 flex-col items-center justify-end gap-1 text-slate-700 hover:text-brand-600">
                    <span className="line-clamp-2 max-h-36 text-xs font-medium [writing-mode:vertical-rl] rotate-180">
                      {item.title}{arrow(sort)}
                    </span>
                    {item.kind === "quiz" && <span className="badge bg-violet-100 px-1 text-[10px] text-violet-700">quiz</span>}
                  </Link>
                  <div className="mt-1 text-center text-[10px] leading-tight text-slate-500">
                    {item.dueAt ? `due ${item.dueAt.toISOString().slice(5, 10).replace("-", "/")}` : "\u00a0"}
                  </div>
                </th>
              );
            })}
          </tr>
        </thead>
        <MatrixRows
          classPath={classPath}
          items={progress.items.map((item) => ({ kind: item.kind, slug: item.slug }))}
          rows={rows.map((student) => ({
            userId: student.userId,
            name: student.name,
            email: student.email,
            solvedCount: student.solvedCount,
            cells: student.cells.map((cell) => [
              cell.status,
              cell.bestScore === null ? "–" : formatScore(cell.bestScore),
              cell.attempts,
            ]),
          }))}
        />
        <tfoot className="text-xs text-slate-600">
          {(
            [
              ["Attempted", (index: number) => `${Math.round(progress.summaries[index].attemptedPercent)}%`],
              ["Solved", (index: number) => `${Math.round(progress.summaries[index].solvedPercent)}%`],
              ["Median attempts to solve", (index: number) => formatMedian(progress.summaries[index].medianAttemptsToSolve)],
            ] as const
          ).map(([label, value], rowIndex) => (
            <tr key={label} className={rowIndex === 0 ? "[&>*]:border-t-2 [&>*]:border-slate-200" : ""}>
              <th scope="row" className="sticky left-0 z-10 bg-slate-50 px-4 py-1.5 text-left font-medium text-slate-700">{label}</th>
              {progress.items.map((item, index) => (
                <td key={item.assignmentId} className="bg-slate-50 px-1 py-1.5 text-center tabular-nums">
                  {item.kind === "exercise" && rowIndex === 0 ? (
                    <Link href={`${classPath}/items/${item.slug}`} className="text-brand-700 underline decoration-dotted" title={`Insight: ${item.title}`}>
                      {value(index)}
                    </Link>
                  ) : (
                    value(index)
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tfoot>
      </table>
    </div>
  );
}

/** The colour key under the grid. */
export function ProgressLegend() {
  return (
    <ul className="flex flex-wrap items-center gap-4 text-xs text-slate-600" aria-label="Legend">
      {Object.entries(progressStatusStyle).map(([status, style]) => (
        <li key={status} className="flex items-center gap-1.5">
          <span aria-hidden className={`inline-block h-3.5 w-5 rounded ${style.swatch}`} />
          {style.label}
        </li>
      ))}
      <li className="text-slate-500">Numbers are best scores; click a cell to see the attempts.</li>
    </ul>
  );
}

function formatScore(score: number): string {
  return Number.isInteger(score) ? String(score) : score.toFixed(1);
}

function formatMedian(value: number | null): string {
  return value === null ? "–" : Number.isInteger(value) ? String(value) : value.toFixed(1);
}
