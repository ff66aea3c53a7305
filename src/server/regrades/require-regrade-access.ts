import "server-only";
import { getDb } from "../db";
import { forbidden, notFound, unauthorized } from "../errors";
import type { PublicUser } from "../auth/users";

/** The regrade row as access checks and the domain functions that follow them need it. */
export interface RegradeRecord {
  id: string;
  exerciseId: string;
  contentHash: string;
  classId: string | null;
  status: "previewing" | "previewed" | "applying" | "applied" | "superseded";
}

/**
 * The regrade if `viewer` may see and apply it: the teacher who owns its class, or an admin (only admins see
 * regrades of every learner). Anonymous -> 401, a student -> 403, anyone else -> 404 (its existence is not revealed).
 */
export async function requireRegradeAccess(viewer: PublicUser | null, regradeId: string): Promise<RegradeRecord> {
  if (!viewer) throw unauthorized();
  if (viewer.role === "student") throw forbidden("This needs a teacher account.");
  const db = await getDb();
  const regrade =
    regradeId.length <= 64
      ? await db.regrade.findUnique({
          where: { id: regradeId },
          select: { id: true, exerciseId: true, contentHash: true, classId: true, status: true, classroom: { select: { ownerId: true } } },
        })
      : null;
  if (!regrade) throw notFound("The regrade");
  if (viewer.role !== "admin" && regrade.classroom?.ownerId !== viewer.id) throw notFound("The regrade");
  const { classroom: _classroom, ...record } = regrade;
  return record;
}
