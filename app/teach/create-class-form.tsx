"use client";

import { useActionState, useSyncExternalStore } from "react";
import Link from "next/link";
import { createClassAction } from "./actions";
import { FieldError, FormMessage } from "@/components/form-feedback";

const subscribe = () => () => {};

/** The "Create class" form; on success it shows the new class's join code and a join link to share. */
export function CreateClassForm() {
  const [state, formAction, pending] = useActionState(createClassAction, null);
  const origin = useSyncExternalStore(subscribe, () => window.location.origin, () => "");
  const fields = state && !state.ok ? state.fieldErrors : undefined;
  const created = state?.ok ? state.data : null;
  const code = created ? `${created.joinCode.slice(0, 4)}-${created.joinCode.slice(4)}` : "";
  const joinLink = created ? `${origin}/join?code=${created.joinCode}` : "";
  return (
    <div className="space-y-4">
      <form action={formAction} className="flex flex-wrap items-end gap-3" noValidate>
        <div className="min-w-64 flex-1">
          <label htmlFor="class-name" className="field-label">Class name</label>
          <input id="class-name" name="name" required maxLength={100} placeholder="e.g. Year 11 Computing, Period 3" className="field-input" aria-invalid={!!fields?.name} aria-describedby="class-name-error" />
          <FieldError id="class-name-error" messages={fields?.name} />
        </div>
        <button type="submit" className="btn-primary" disabled={pending}>{pending ? "Creating…" : "Create class"}</button>
      </form>
      {state && !state.ok && <FormMessage state={state} />}
      {created && (
        <div role="status" className="rounded-xl border border-emerald-200 bg-emerald-50 p-5">
          <p className="text-sm font-medium text-emerald-900">“{created.name}” is ready. Share the code or the link with your students:</p>
          <div className="mt-3 flex flex-wrap items-center gap-6">
            <div>
              <p className="text-xs uppercase tracking-wide text-emerald-800">Join code</p>
              <p className="font-mono text-3xl font-bold tracking-widest text-slate-900" data-testid="new-join-code">{code}</p>
            </div>
            <div className="min-w-0 flex-1">
              <p className="text-xs uppercase tracking-wide text-emerald-800">Join link</p>
              <p className="truncate font-mono text-sm text-slate-800" data-testid="new-join-link">{joinLink}</p>
            </div>
            <Link href={`/teach/classes/${created.id}`} className="btn-primary">Open class</Link>
          </div>
        </div>
      )}
    </div>
  );
}
