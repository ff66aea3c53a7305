"use client";

import { progressStatusStyle, type ProgressStatusName } from "@/components/progress-status-style";

/** One cell: status, best score as shown, attempts. Tuples keep a 9,000-cell class's page payload small. */
export type MatrixCell = [status: ProgressStatusName, score: string, attempts: number];

export interface MatrixRow {
  userId: string;
  name: string;
  email: string;
  solvedCount: number;
  cells: MatrixCell[];
}

/**
 * The matrix body. A client component on purpose: the server sends compact rows instead of 9,000 rendered cells,
 * which made a 300 x 30 class page twice as heavy (the HTML and React's payload both carried every cell).
 */
export function MatrixRows({
  rows,
  items,
  classPath,
}: {
  rows: MatrixRow[];
  items: { kind: "exercise" | "quiz"; slug: string }[];
  classPath: string;
}) {
  return (
    <tbody>
      {rows.map((student) => (
        <tr key={student.userId} className="group">
          <th scope="row" className="sticky left-0 z-10 border-b border-slate-100 bg-white px-4 py-1.5 text-left font-normal group-hover:bg-slate-50">
            <div className="flex items-center justify-between gap-3">
              <span className="truncate font-medium text-slate-900" title={student.email}>{student.name}</span>
              <span className="shrink-0 text-xs tabular-nums text-slate-500">{student.solvedCount}/{items.length}</span>
            </div>
          </th>
          {student.cells.map(([status, score, attempts], index) => {
            const item = items[index];
            const label = progressStatusStyle[status].label;
            return (
              <td key={index} className="pm-td" data-status={status}>
                {item.kind === "exercise" && attempts > 0 ? (
                  <a
                    href={`${classPath}/students/${student.userId}/items/${item.slug}`}
                    className={`pm-cell pm-link pm-${status}`}
                    title={`${label}, ${attempts} attempt${attempts === 1 ? "" : "s"}`}
                  >
                    {score}
                  </a>
                ) : (
                  <span className={`pm-cell pm-${status}`} title={label}>{score}</span>
                )}
              </td>
            );
          })}
        </tr>
      ))}
      {rows.length === 0 && (
        <tr>
          <td colSpan={items.length + 1} className="px-4 py-8 text-center text-slate-500">No students match these filters.</td>
        </tr>
      )}
    </tbody>
  );
}
