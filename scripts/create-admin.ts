// Creates an admin account, or promotes an existing account to admin: there is no sign-up for admins.
//   ADMIN_PASSWORD=... node --conditions=react-server --import tsx scripts/create-admin.ts --email a@b.c --name "Ada"
// The password comes from ADMIN_PASSWORD or standard input (never an argument, which other users can see in `ps`);
// it is only needed when the account does not exist yet. Stop the app first in embedded mode (one process at a time).
import { parseArgs } from "node:util";
import { z } from "zod";
import { runCommand } from "@/server/process-entry";
import { env } from "@/server/env";
import { emailSchema, passwordSchema, personNameSchema } from "@/server/auth/user-schemas";
import { hashPassword } from "@/server/auth/password";

const argsSchema = z.object({
  email: emailSchema,
  name: personNameSchema.optional(),
});

const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" } } });
const parsed = argsSchema.safeParse(values);
if (!parsed.success) {
  console.error("Usage: create-admin --email <email> [--name <name>]  (password from ADMIN_PASSWORD or stdin)");
  for (const issue of parsed.error.issues) console.error(`  ${issue.path.join(".")}: ${issue.message}`);
  process.exit(2);
}
const { email, name } = parsed.data;

async function readPassword(): Promise<string> {
  const given = env().ADMIN_PASSWORD;
  if (given) return given;
  if (process.stdin.isTTY) process.stderr.write("Password for the new admin: ");
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8").replace(/\r?\n$/, "");
}

await runCommand(async (database) => {
  const existing = await database.prisma.user.findUnique({ where: { email } });
  if (existing) {
    await database.prisma.user.update({ where: { id: existing.id }, data: { role: "admin" } });
    console.log(`${email} is now an admin (was ${existing.role}).`);
    return;
  }
  if (!name) throw new Error("There is no account with that email; give a --name to create one.");
  const password = passwordSchema.safeParse(await readPassword());
  if (!password.success) throw new Error(`Password: ${password.error.issues[0].message}`);
  await database.prisma.user.create({
    data: { email, name, role: "admin", passwordHash: await hashPassword(password.data) },
  });
  console.log(`Created admin ${email}.`);
});
