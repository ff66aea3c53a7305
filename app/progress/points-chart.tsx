"use client";

import { Area, AreaChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

type Point = { at: number; points: number; title: string };

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Cumulative points over time as a step chart: each rise is a submission that earned new points. */
export function PointsChart({ points, totalPoints, now }: { points: Point[]; totalPoints: number; now: number }) {
  // Start from zero a little before the first gain and run flat to now, so the latest total reads at the right edge;
  // a span of at least an hour keeps a first solve from collapsing into a vertical line.
  const first = points[0].at;
  const last = points[points.length - 1];
  const end = Math.max(now, last.at);
  const span = Math.max(end - first, HOUR);
  const data = [{ at: first - span * 0.1, points: 0, title: "" }, ...points, { at: end, points: last.points, title: "" }];
  const tickLabel = (ms: number) =>
    new Date(ms).toLocaleString(undefined, span < 2 * DAY ? { hour: "numeric", minute: "2-digit" } : { month: "short", day: "numeric" });
  // Room above the current total, capped at the course's total: the chart shows growth, not how far the end is.
  const top = Math.min(totalPoints, Math.max(10, Math.ceil((last.points * 1.25) / 10) * 10));
  return (
    <div className="h-64 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <AreaChart data={data} margin={{ top: 8, right: 16, bottom: 0, left: -8 }}>
          <defs>
            <linearGradient id="points-fill" x1="0" y1="0" x2="0" y2="1">
              <stop offset="0%" stopColor="#2f6fde" stopOpacity={0.25} />
              <stop offset="100%" stopColor="#2f6fde" stopOpacity={0.02} />
            </linearGradient>
          </defs>
          <CartesianGrid stroke="#e2e8f0" strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="at" type="number" scale="time" domain={["dataMin", "dataMax"]} tickFormatter={tickLabel} tick={{ fontSize: 12, fill: "#64748b" }} minTickGap={32} />
          <YAxis domain={[0, top]} allowDecimals={false} tick={{ fontSize: 12, fill: "#64748b" }} width={48} />
          <Tooltip
            labelFormatter={(value) => new Date(Number(value)).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" })}
            formatter={(value, _name, item) => [`${value} points`, (item.payload as Point).title || "Total"]}
          />
          <Area type="stepAfter" dataKey="points" stroke="#2458c0" strokeWidth={2} fill="url(#points-fill)" isAnimationActive={false} />
        </AreaChart>
      </ResponsiveContainer>
    </div>
  );
}
