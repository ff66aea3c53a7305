import "server-only";
import pino from "pino";
import { env } from "./env";

/**
 * Fields never written to a log, at the top level or one level down: credentials and secrets; and learner code
 * (theirs, and it may hold anything they pasted) under the names it travels by. Not `*.code`: that would also hide
 * `err.code` ("P2002", "ECONNREFUSED"), which operators need.
 */
export const redactedLogPaths = [
  "password",
  "passwordHash",
  "token",
  "tokenHash",
  "secret",
  "authorization",
  "cookie",
  "code",
  "submission.code",
  "input.code",
  "body.code",
  "*.password",
  "*.passwordHash",
  "*.token",
  "*.tokenHash",
  "*.secret",
  "*.authorization",
  "*.cookie",
  "*.headers.authorization",
  "*.headers.cookie",
  'headers["set-cookie"]',
  "NEXTAUTH_SECRET",
  "*.NEXTAUTH_SECRET",
  "DATABASE_URL",
  "*.DATABASE_URL",
];

/** A logger with the app's redaction rules, writing JSON lines to `destination` (stdout by default). */
export function createLogger(options: { level?: string; service?: string } = {}, destination?: pino.DestinationStream): pino.Logger {
  return pino(
    {
      level: options.level ?? env().LOG_LEVEL ?? (env().NODE_ENV === "test" ? "silent" : "info"),
      base: { service: options.service ?? env().APP_SERVICE },
      redact: { paths: redactedLogPaths, censor: "[redacted]" },
    },
    destination,
  );
}

// pino's worker-thread transports do not survive Next's bundling; plain JSON lines on stdout do.
const holder = globalThis as typeof globalThis & { __appLogger?: pino.Logger };

/** The structured logger (JSON lines); child loggers carry a requestId or jobId. */
export const logger: pino.Logger = (holder.__appLogger ??= createLogger());
