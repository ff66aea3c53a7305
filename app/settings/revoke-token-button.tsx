"use client";

import { useActionState } from "react";
import { revokeTokenAction } from "./actions";

export function RevokeTokenButton({ tokenId, name }: { tokenId: string; name: string }) {
  const [state, formAction, pending] = useActionState(revokeTokenAction, null);
  return (
    <form action={formAction} className="inline">
      <input type="hidden" name="tokenId" value={tokenId} />
      <button type="submit" className="btn-secondary" disabled={pending} aria-label={`Revoke ${name}`}>
        {pending ? "Revoking…" : "Revoke"}
      </button>
      {state && !state.ok && (
        <span role="alert" className="ml-2 text-sm text-red-700">{state.message}</span>
      )}
    </form>
  );
}
