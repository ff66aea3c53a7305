"use client";

import { useActionState } from "react";
import Link from "next/link";
import { joinClassAction } from "./actions";
import { FieldError, FormMessage } from "@/components/form-feedback";

/** The join form; `initialCode` comes from a shared join link. */
export function JoinForm({ initialCode }: { initialCode: string }) {
  const [state, formAction, pending] = useActionState(joinClassAction, null);
  const fields = state && !state.ok ? state.fieldErrors : undefined;
  if (state?.ok) {
    return (
      <div role="status" className="mt-6 rounded-xl border border-emerald-200 bg-emerald-50 p-5">
        <p className="font-medium text-emerald-900">
          {state.data.alreadyEnrolled ? "You are already in" : "You joined"} “{state.data.className}”.
        </p>
        <p className="mt-1 text-sm text-emerald-800">Your teacher can now see your progress on the class assignments.</p>
        <Link href="/progress" className="btn-primary mt-4">See your assignments</Link>
      </div>
    );
  }
  return (
    <form action={formAction} className="mt-6 space-y-4" noValidate>
      {state && !fields?.code && <FormMessage state={state} />}
      <div>
        <label htmlFor="join-code" className="field-label">Join code</label>
        <input
          id="join-code"
          name="code"
          defaultValue={initialCode}
          required
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          placeholder="ABCD-EF23"
          className="field-input font-mono text-lg uppercase tracking-widest"
          aria-invalid={!!fields?.code}
          aria-describedby="join-code-error"
        />
        <FieldError id="join-code-error" messages={fields?.code} />
      </div>
      <button type="submit" className="btn-primary w-full" disabled={pending}>{pending ? "Joining…" : "Join class"}</button>
    </form>
  );
}
