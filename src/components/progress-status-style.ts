// How each progress status looks in the legend and the student's assignment list (matrix cells: .pm-* in globals.css).
export type ProgressStatusName = "not_started" | "attempted" | "solved" | "solved_late";

export const progressStatusStyle: Record<ProgressStatusName, { label: string; badge: string; swatch: string }> = {
  not_started: { label: "Not started", badge: "bg-slate-100 text-slate-600", swatch: "bg-slate-200" },
  attempted: { label: "Attempted", badge: "bg-amber-100 text-amber-800", swatch: "bg-amber-300" },
  solved: { label: "Solved", badge: "bg-emerald-100 text-emerald-800", swatch: "bg-emerald-500" },
  solved_late: { label: "Solved late", badge: "bg-sky-100 text-sky-800", swatch: "bg-sky-300" },
};
