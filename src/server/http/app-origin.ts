import "server-only";

import { env } from "../env";

/** This app's own origin: NEXTAUTH_URL's (scripts/start.ts always sets it), else the local default. */
export function appOrigin(): string {
  try {
    const configured = env().NEXTAUTH_URL;
    if (configured) return new URL(configured).origin;
  } catch {
    // An invalid NEXTAUTH_URL is refused by env(); here it only means "no configured origin".
  }
  return `http://localhost:${env().PORT}`;
}
