import "server-only";
import crypto from "node:crypto";

// No 0/O, 1/I/L: a code read aloud or copied from a projector must not be ambiguous.
const ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const JOIN_CODE_LENGTH = 8;

/** A fresh random join code of unambiguous characters (31^8 ≈ 8.5e11 possibilities). */
export function generateJoinCode(): string {
  let code = "";
  while (code.length < JOIN_CODE_LENGTH) {
    for (const byte of crypto.randomBytes(JOIN_CODE_LENGTH * 2)) {
      // Rejection sampling (248 = 8 * 31) keeps every character equally likely.
      if (byte < 248 && code.length < JOIN_CODE_LENGTH) code += ALPHABET[byte % ALPHABET.length];
    }
  }
  return code;
}

/** A code as typed by a person (any case, spaces or dashes) in its stored form. */
export function normalizeJoinCode(input: string): string {
  return input.toUpperCase().replace(/[^A-Z0-9]/g, "");
}

/** The code as shown to people: two groups of four. */
export function formatJoinCode(code: string): string {
  return code.length === 8 ? `${code.slice(0, 4)}-${code.slice(4)}` : code;
}
