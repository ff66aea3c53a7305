import "server-only";
import pino from "pino";

// pino's worker-thread transports do not survive Next's bundling; plain JSON lines on stdout do.
const holder = globalThis as typeof globalThis & { __appLogger?: pino.Logger };

/** The structured logger (JSON lines); child loggers carry a requestId or jobId. */
export const logger: pino.Logger = (holder.__appLogger ??= pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"),
  base: { service: process.env.APP_SERVICE ?? "web" },
  redact: ["password", "*.password", "token", "*.token", "code", "*.code"],
}));
