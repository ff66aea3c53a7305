import "server-only";
import { z } from "zod";
import { getDb } from "../db";
import { AppError } from "../errors";
import { decoyPasswordHash, hashPassword, verifyPassword } from "./password";
import type { signUpSchema } from "./user-schemas";
import type { Role } from "@/generated/prisma/enums";

export interface PublicUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

const publicFields = { id: true, email: true, name: true, role: true } as const;

/** Creates an account; a taken email is a 409 conflict. */
export async function createUser(input: z.infer<typeof signUpSchema>): Promise<PublicUser> {
  const db = await getDb();
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.user.create({
      data: { name: input.name, email: input.email, role: input.role, passwordHash },
      select: publicFields,
    });
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") {
      throw new AppError("conflict", "An account with this email already exists.", {
        email: ["An account with this email already exists."],
      });
    }
    throw error;
  }
}

/** The user whose email and password match, or null; takes the same time whether or not the email exists. */
export async function authenticate(email: string, password: string): Promise<PublicUser | null> {
  const db = await getDb();
  const user = await db.user.findUnique({ where: { email: email.toLowerCase() } });
  const ok = await verifyPassword(password, user?.passwordHash ?? (await decoyPasswordHash()));
  if (!user || !ok) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

/** A user by id, public fields only. */
export async function findUser(id: string): Promise<PublicUser | null> {
  const db = await getDb();
  return db.user.findUnique({ where: { id }, select: publicFields });
}
