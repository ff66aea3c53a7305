/** A labelled horizontal progress bar (`value` of `max`), announced as a progressbar to assistive technology. */
export function ProgressBar({ value, max, label, className = "" }: { value: number; max: number; label: string; className?: string }) {
  const percent = max > 0 ? Math.min(100, Math.round((value / max) * 100)) : 0;
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={value}
      aria-valuetext={`${value} of ${max}`}
      className={`h-2 w-full overflow-hidden rounded-full bg-slate-100 ${className}`}
    >
      <div className={`h-full rounded-full ${percent === 100 ? "bg-emerald-500" : "bg-brand-500"}`} style={{ width: `${percent}%` }} />
    </div>
  );
}
