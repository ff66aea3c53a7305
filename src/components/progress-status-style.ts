// How each progress status looks, shared by the teacher's matrix, its legend and the student's assignment list.
export type ProgressStatusName = "not_started" | "attempted" | "solved" | "solved_late";

export const progressStatusStyle: Record<ProgressStatusName, { label: string; cell: string; badge: string; swatch: string }> = {
  not_started: { label: "Not started", cell: "bg-slate-50 text-slate-400", badge: "bg-slate-100 text-slate-600", swatch: "bg-slate-200" },
  attempted: { label: "Attempted", cell: "bg-amber-100 text-amber-900", badge: "bg-amber-100 text-amber-800", swatch: "bg-amber-300" },
  solved: { label: "Solved", cell: "bg-emerald-500 text-white", badge: "bg-emerald-100 text-emerald-800", swatch: "bg-emerald-500" },
  solved_late: { label: "Solved late", cell: "bg-sky-200 text-sky-900", badge: "bg-sky-100 text-sky-800", swatch: "bg-sky-300" },
};
