import "server-only";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { forbidden, unauthorized } from "../errors";
import { findUser, type PublicUser } from "./users";
import { authOptions } from "./auth-options";
import { userForApiToken } from "./api-tokens";
import type { Role } from "@/generated/prisma/enums";

/**
 * The signed-in user: from `Authorization: Bearer <token>` when present (an invalid token is not silently
 * replaced by the cookie), else from the next-auth session. The role is always read fresh from the database.
 */
export async function getCurrentUser(): Promise<PublicUser | null> {
  const authorization = (await headers()).get("authorization");
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    return match ? userForApiToken(match[1]) : null;
  }
  const session = await getServerSession(authOptions);
  const id = (session?.user as { id?: string } | undefined)?.id;
  return id ? findUser(id) : null;
}

/** The signed-in user, or a 401. */
export async function requireUser(): Promise<PublicUser> {
  const user = await getCurrentUser();
  if (!user) throw unauthorized();
  return user;
}

/** The signed-in user if they hold one of `roles`, else 401/403. */
export async function requireRole(...roles: Role[]): Promise<PublicUser> {
  const user = await requireUser();
  if (!roles.includes(user.role)) throw forbidden(`This needs a ${roles.join(" or ")} account.`);
  return user;
}
