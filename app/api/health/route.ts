import { NextResponse } from "next/server";
import { checkHealth } from "@/server/queue/queue-health";

export const dynamic = "force-dynamic";

/** Liveness and backlog for load balancers and operators: `{status, database, queue, workers}` (no auth, no secrets). */
export async function GET() {
  const report = await checkHealth();
  return NextResponse.json(report, {
    status: report.database === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
