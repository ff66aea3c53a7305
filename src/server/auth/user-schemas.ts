import { z } from "zod";
import { refuseSpoofingCharacters } from "@/lib/spoofing-characters";

export const roleChoices = ["student", "teacher"] as const;

export const emailSchema = z
  .email({ message: "Enter a valid email address." })
  .max(254, "Email addresses are at most 254 characters.")
  .transform((email) => email.toLowerCase());

export const passwordSchema = z
  .string({ message: "Enter a password." })
  .min(8, "Use at least 8 characters.")
  .max(200, "Use at most 200 characters.");

/** A person's name as others will see it. */
export const personNameSchema = z
  .string({ message: "Enter your name." })
  .trim()
  .min(1, "Enter your name.")
  .max(100, "Use at most 100 characters.")
  .superRefine(refuseSpoofingCharacters);

/** Sign-up input, shared by the form and `POST /api/users`. */
export const signUpSchema = z.object({
  name: personNameSchema,
  email: emailSchema,
  password: passwordSchema,
  role: z.enum(roleChoices, { message: "Choose student or teacher." }),
});

/** Sign-in input, shared by the credentials provider and `POST /api/tokens`. */
export const signInSchema = z.object({
  email: emailSchema,
  password: z.string({ message: "Enter your password." }).min(1, "Enter your password.").max(200),
});
