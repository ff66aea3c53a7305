"use client";

import { useActionState } from "react";
import { createTokenAction } from "./actions";
import { FieldError, FormMessage } from "@/components/form-feedback";

export function CreateTokenForm() {
  const [state, formAction, pending] = useActionState(createTokenAction, null);
  const fields = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <div className="space-y-3">
      <form action={formAction} className="flex flex-wrap items-end gap-3" noValidate>
        <div className="min-w-64 flex-1">
          <label htmlFor="token-name" className="field-label">Token name</label>
          <input id="token-name" name="name" required maxLength={100} placeholder="e.g. laptop script" className="field-input" aria-invalid={!!fields?.name} aria-describedby="token-name-error" />
          <FieldError id="token-name-error" messages={fields?.name} />
        </div>
        <button type="submit" className="btn-primary" disabled={pending}>
          {pending ? "Creating…" : "Create token"}
        </button>
      </form>
      {state && !state.ok && <FormMessage state={state} />}
      {state?.ok && (
        <div role="status" className="rounded-md border border-green-200 bg-green-50 p-3 text-sm text-green-900">
          <p className="font-medium">New token “{state.data.name}”</p>
          <p className="mt-1">Copy it now: it is shown only once and cannot be recovered. Use it as <code>Authorization: Bearer &lt;token&gt;</code>.</p>
          <input readOnly aria-label="New token" value={state.data.token} onFocus={(event) => event.currentTarget.select()} className="field-input mt-2 font-mono" />
        </div>
      )}
    </div>
  );
}
