import "server-only";
import { Prisma } from "@/generated/prisma/client";

/** What a NUL character is stored and shown as: U+2400 SYMBOL FOR NULL. */
export const NUL_REPLACEMENT = "\u2400";

/**
 * `text` as PostgreSQL (server and PGlite) can store it and a page can show it: NUL, which neither text nor jsonb
 * can hold, becomes "␀"; a lone surrogate, which has no UTF-8 form (jsonb refuses its `\udXXX` escape), becomes
 * U+FFFD. Learner code can print or raise either, so a grading result must never be refused for holding them.
 */
export function storableText(text: string): string {
  const wellFormed = text.isWellFormed() ? text : text.toWellFormed();
  return wellFormed.includes("\u0000") ? wellFormed.replaceAll("\u0000", NUL_REPLACEMENT) : wellFormed;
}

/** A value with every string in it (object keys too, for jsonb) made storable; other values are kept as they are. */
export function storableValue<T>(value: T): T {
  if (typeof value === "string") return storableText(value) as T;
  if (Array.isArray(value)) return value.map(storableValue) as T;
  if (isPlainObject(value)) {
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [storableText(key), storableValue(entry)])) as T;
  }
  // Dates, Decimals, Buffers, Prisma's JsonNull/DbNull markers: no learner text, and must keep their class.
  return value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== "object") return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

// The argument keys of Prisma's write operations that carry values to store (nested writes live inside them).
const WRITTEN_ARGUMENTS = ["data", "create", "update"] as const;

/**
 * The one place learner-controlled text is made storable: every Prisma write (create, update, upsert, createMany,
 * nested writes; grading results, code, names, quiz answers) passes its values through `storableValue`. Raw SQL
 * bypasses it, so raw writes carry only ids, numbers and timestamps, or pass text through `storableValue` first
 * (the one-statement verdict in record-grading-result.ts).
 */
export const storableTextExtension = Prisma.defineExtension({
  name: "storable-text",
  query: {
    $allModels: {
      $allOperations({ args, query }) {
        if (args === null || typeof args !== "object") return query(args);
        const written = args as Record<string, unknown>;
        if (!WRITTEN_ARGUMENTS.some((key) => key in written)) return query(args);
        const cleaned: Record<string, unknown> = { ...written };
        for (const key of WRITTEN_ARGUMENTS) if (key in cleaned) cleaned[key] = storableValue(cleaned[key]);
        return query(cleaned as typeof args);
      },
    },
  },
});
