"use client";

import { useActionState } from "react";
import type { ActionState } from "@/server/actions/define-action";

/** A one-button form for a server action, with hidden fields, an optional confirmation, and its error shown inline. */
export function ActionButton<Data>({
  action,
  fields,
  label,
  pendingLabel,
  confirm,
  className = "btn-secondary",
}: {
  action: (state: ActionState<Data>, formData: FormData) => Promise<ActionState<Data>>;
  fields: Record<string, string>;
  label: string;
  pendingLabel?: string;
  confirm?: string;
  className?: string;
}) {
  const [state, formAction, pending] = useActionState<ActionState<Data>, FormData>(action, null);
  return (
    <form
      action={formAction}
      onSubmit={(event) => {
        if (confirm && !window.confirm(confirm)) event.preventDefault();
      }}
      className="inline-flex flex-col items-start gap-1"
    >
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className={className} disabled={pending}>
        {pending ? (pendingLabel ?? label) : label}
      </button>
      {state && !state.ok && (
        <span role="alert" className="text-xs text-red-700">{state.message}</span>
      )}
    </form>
  );
}
