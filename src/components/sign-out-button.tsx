"use client";

import { signOut } from "next-auth/react";

/** Ends the session and returns to the landing page. */
export function SignOutButton() {
  return (
    <button type="button" className="btn-secondary" onClick={() => signOut({ callbackUrl: "/" })}>
      Sign out
    </button>
  );
}
