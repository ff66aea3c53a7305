const statusStyles = {
  solved: { label: "Solved", className: "bg-emerald-50 text-emerald-700 ring-1 ring-emerald-200", icon: "✓" },
  attempted: { label: "Attempted", className: "bg-amber-50 text-amber-800 ring-1 ring-amber-200", icon: "" },
  not_started: { label: "Not started", className: "bg-slate-100 text-slate-600", icon: "" },
} as const;

/** The learner's status on an exercise: solved, attempted or not started. */
export function ExerciseStatusBadge({ status }: { status: keyof typeof statusStyles }) {
  const style = statusStyles[status];
  return (
    <span className={`badge gap-1 ${style.className}`}>
      {style.icon && <span aria-hidden>{style.icon}</span>}
      {style.label}
    </span>
  );
}

const difficultyStyles: Record<string, string> = {
  intro: "bg-sky-50 text-sky-700",
  easy: "bg-teal-50 text-teal-700",
  medium: "bg-violet-50 text-violet-700",
  hard: "bg-rose-50 text-rose-700",
};

/** An exercise's difficulty (intro, easy, medium, hard). */
export function DifficultyBadge({ difficulty }: { difficulty: string }) {
  return <span className={`badge capitalize ${difficultyStyles[difficulty] ?? "bg-slate-100 text-slate-600"}`}>{difficulty}</span>;
}
