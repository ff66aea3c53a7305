import type { ActionState } from "@/server/actions/define-action";

/** A field's error messages, announced to screen readers. */
export function FieldError({ id, messages }: { id: string; messages?: string[] }) {
  if (!messages?.length) return <span id={id} />;
  return (
    <p id={id} className="field-error" role="alert">
      {messages.join(" ")}
    </p>
  );
}

/** The form-level message of a server action's result. */
export function FormMessage({ state, error }: { state: ActionState; error?: string | null }) {
  const message = error ?? (state && !state.ok ? state.message : state?.ok ? state.message : undefined);
  if (!message) return null;
  const bad = Boolean(error) || (state !== null && !state.ok);
  return (
    <div role={bad ? "alert" : "status"} className={`rounded-md border px-3 py-2 text-sm ${bad ? "border-red-200 bg-red-50 text-red-800" : "border-green-200 bg-green-50 text-green-800"}`}>
      {message}
    </div>
  );
}
