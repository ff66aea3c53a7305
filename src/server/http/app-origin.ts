import "server-only";

/** This app's own origin: NEXTAUTH_URL's (scripts/start.ts always sets it), else the local default. */
export function appOrigin(): string {
  try {
    if (process.env.NEXTAUTH_URL) return new URL(process.env.NEXTAUTH_URL).origin;
  } catch {
    // An invalid NEXTAUTH_URL is refused by env(); here it only means "no configured origin".
  }
  return `http://localhost:${process.env.PORT ?? 3000}`;
}
