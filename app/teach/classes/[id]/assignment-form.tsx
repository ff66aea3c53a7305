"use client";

import { useActionState, useState } from "react";
import { addAssignmentAction } from "../../actions";
import { FieldError, FormMessage } from "@/components/form-feedback";

export interface AssignableOption {
  value: string;
  kind: "exercise" | "quiz";
  title: string;
  step: string;
}

/**
 * Assigns an item with an optional due date. The date is picked in the teacher's own time zone and sent as an
 * ISO instant, so the server never has to guess the zone.
 */
export function AssignmentForm({ classId, options }: { classId: string; options: AssignableOption[] }) {
  const [state, formAction, pending] = useActionState(addAssignmentAction, null);
  const [localDue, setLocalDue] = useState("");
  const fields = state && !state.ok ? state.fieldErrors : undefined;
  const steps = [...new Set(options.map((option) => option.step))];
  return (
    <form action={formAction} className="grid gap-3 sm:grid-cols-[1fr_auto_auto] sm:items-end" noValidate>
      <input type="hidden" name="classId" value={classId} />
      <input type="hidden" name="dueAt" value={localDue ? new Date(localDue).toISOString() : ""} />
      <div>
        <label htmlFor="assign-item" className="field-label">Exercise or quiz</label>
        <select id="assign-item" name="item" required className="field-input" defaultValue="" aria-invalid={!!fields?.item}>
          <option value="" disabled>Choose…</option>
          {steps.map((step) => (
            <optgroup key={step} label={step}>
              {options
                .filter((option) => option.step === step)
                .map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.kind === "quiz" ? "Quiz: " : ""}
                    {option.title}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
        <FieldError id="assign-item-error" messages={fields?.item} />
      </div>
      <div>
        <label htmlFor="assign-due" className="field-label">Due (optional)</label>
        <input id="assign-due" type="datetime-local" value={localDue} onChange={(event) => setLocalDue(event.target.value)} className="field-input" />
        <FieldError id="assign-due-error" messages={fields?.dueAt} />
      </div>
      <button type="submit" className="btn-primary" disabled={pending}>{pending ? "Assigning…" : "Assign"}</button>
      <div className="sm:col-span-3">
        {state?.ok ? <p role="status" className="text-sm text-emerald-700">Assigned.</p> : state && !fields ? <FormMessage state={state} /> : null}
      </div>
    </form>
  );
}
