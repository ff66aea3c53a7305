import "server-only";
import crypto from "node:crypto";
import { getDb } from "../db";
import { notFound } from "../errors";
import type { PublicUser } from "./users";
import type { Role } from "@/generated/prisma/enums";

const TOKEN_PREFIX = "pgr_";

function digest(token: string): string {
  return crypto.createHash("sha256").update(token).digest("hex");
}

/** Issues a personal access token; the plaintext is returned once and only its SHA-256 is stored. */
export async function createApiToken(userId: string, name = "API token"): Promise<{ id: string; token: string }> {
  const db = await getDb();
  const token = TOKEN_PREFIX + crypto.randomBytes(32).toString("base64url");
  const row = await db.apiToken.create({
    data: { userId, name, tokenHash: digest(token), prefix: token.slice(0, TOKEN_PREFIX.length + 6) },
  });
  return { id: row.id, token };
}

/** The user a Bearer token belongs to, or null for an unknown or revoked token. */
export async function userForApiToken(token: string): Promise<PublicUser | null> {
  if (!token.startsWith(TOKEN_PREFIX) || token.length > 200) return null;
  const db = await getDb();
  // One statement on every API request (a relation include would be two): the token and its user, role fresh.
  const [row] = await db.$queryRawUnsafe<TokenOwnerRow[]>(
    `SELECT t.id, t."revokedAt", t."lastUsedAt", u.id AS "userId", u.email, u.name, u.role::text AS role
       FROM "ApiToken" t JOIN "User" u ON u.id = t."userId"
      WHERE t."tokenHash" = $1`,
    digest(token),
  );
  if (!row || row.revokedAt) return null;
  // Recording last use is best-effort and must not slow every request down: at most once a minute.
  if (!row.lastUsedAt || Date.now() - new Date(row.lastUsedAt).getTime() > 60_000) {
    await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } }).catch(() => {});
  }
  return { id: row.userId, email: row.email, name: row.name, role: row.role };
}

interface TokenOwnerRow {
  id: string;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
  userId: string;
  email: string;
  name: string;
  role: Role;
}

/** The user's tokens, newest first, without any secret. */
export async function listApiTokens(userId: string) {
  const db = await getDb();
  return db.apiToken.findMany({
    where: { userId },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true },
  });
}

/** Revokes one of the user's tokens. */
export async function revokeApiToken(userId: string, tokenId: string): Promise<void> {
  const db = await getDb();
  const { count } = await db.apiToken.updateMany({
    where: { id: tokenId, userId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  if (count === 0) throw notFound("That token");
}
