import "server-only";
import { z } from "zod";
import { AppError } from "../errors";

export const DEFAULT_MAX_BODY_BYTES = 256 * 1024;

/** Field messages from a zod error, keyed by dotted path ("" for the root). */
export function fieldErrors(error: z.ZodError): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".");
    (fields[key] ??= []).push(issue.message);
  }
  return fields;
}

/** Parses a value with a schema, throwing a 400 AppError with field messages. */
export function parseInput<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw new AppError("bad_request", "Some fields are missing or invalid.", fieldErrors(parsed.error));
  }
  return parsed.data;
}

/**
 * Reads a JSON request body and parses it with `schema`: too large -> 413, not UTF-8 or not JSON or containing
 * NUL characters (PostgreSQL text cannot hold them) -> 400, failing the schema -> 400 with field messages.
 */
export async function parseJsonBody<T extends z.ZodType>(
  request: Request,
  schema: T,
  { maxBytes = DEFAULT_MAX_BODY_BYTES }: { maxBytes?: number } = {},
): Promise<z.infer<T>> {
  const bytes = await readBodyLimited(request, maxBytes);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new AppError("bad_request", "The request body is not valid UTF-8 text.");
  }
  const nul = new AppError("bad_request", "The request contains a NUL character, which is not allowed.");
  if (text.includes("\u0000")) throw nul;
  let json: unknown;
  try {
    json = text.length ? JSON.parse(text) : undefined;
  } catch {
    throw new AppError("bad_request", "The request body is not valid JSON.");
  }
  if (json === undefined) throw new AppError("bad_request", "The request needs a JSON body.");
  // The JSON escape \u0000 is looked for in the parsed value, not the text: text that only reads "\u0000" (a Python
  // string escape in learner code, JSON-encoded as "\\u0000") holds no NUL and must be kept.
  if (containsNul(json)) throw nul;
  return parseInput(schema, json);
}

/** Whether any string in a parsed JSON value, or any object key, holds a NUL (iterative: nesting depth is the client's). */
function containsNul(value: unknown): boolean {
  const pending: unknown[] = [value];
  while (pending.length) {
    const next = pending.pop();
    if (typeof next === "string") {
      if (next.includes("\u0000")) return true;
    } else if (Array.isArray(next)) {
      for (const item of next) pending.push(item);
    } else if (next !== null && typeof next === "object") {
      for (const [key, entry] of Object.entries(next)) {
        if (key.includes("\u0000")) return true;
        pending.push(entry);
      }
    }
  }
  return false;
}

/**
 * A request's body as bytes, at most `maxBytes` (413 beyond): a declared Content-Length over the limit is refused
 * before reading, and a body sent without one (chunked) is cut off as soon as it passes the limit, so a client
 * can never make the server hold more than `maxBytes` of it.
 */
export async function readBodyLimited(request: Request, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw tooLarge(maxBytes);
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

function tooLarge(maxBytes: number): AppError {
  return new AppError("payload_too_large", `The request body is larger than ${Math.round(maxBytes / 1024)} KB.`);
}
