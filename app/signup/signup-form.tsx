"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { signUpAction } from "./actions";
import { FieldError, FormMessage } from "@/components/form-feedback";

export function SignUpForm() {
  const [state, formAction, pending] = useActionState(signUpAction, null);
  const router = useRouter();
  const credentials = useRef<{ email: string; password: string } | null>(null);
  const [signInError, setSignInError] = useState<string | null>(null);

  useEffect(() => {
    if (!state?.ok || !credentials.current) return;
    const { email, password } = credentials.current;
    credentials.current = null;
    signIn("credentials", { email, password, redirect: false }).then((result) => {
      if (result?.ok) {
        router.push(state.data.role === "teacher" ? "/teach" : "/exercises");
        router.refresh();
      } else {
        setSignInError("Your account was created, but signing in failed. Please sign in.");
      }
    });
  }, [state, router]);

  const fields = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form
      action={formAction}
      onSubmit={(event) => {
        const data = new FormData(event.currentTarget);
        credentials.current = { email: String(data.get("email")), password: String(data.get("password")) };
      }}
      className="mt-6 space-y-4"
      noValidate
    >
      <FormMessage state={state} error={signInError} />
      <div>
        <label htmlFor="name" className="field-label">Name</label>
        <input id="name" name="name" autoComplete="name" required className="field-input" aria-invalid={!!fields?.name} aria-describedby="name-error" />
        <FieldError id="name-error" messages={fields?.name} />
      </div>
      <div>
        <label htmlFor="email" className="field-label">Email</label>
        <input id="email" name="email" type="email" autoComplete="email" required className="field-input" aria-invalid={!!fields?.email} aria-describedby="email-error" />
        <FieldError id="email-error" messages={fields?.email} />
      </div>
      <div>
        <label htmlFor="password" className="field-label">Password</label>
        <input id="password" name="password" type="password" autoComplete="new-password" required minLength={8} className="field-input" aria-invalid={!!fields?.password} aria-describedby="password-error password-hint" />
        <p id="password-hint" className="mt-1 text-xs text-slate-500">At least 8 characters.</p>
        <FieldError id="password-error" messages={fields?.password} />
      </div>
      <fieldset>
        <legend className="field-label">I am a</legend>
        <div className="mt-2 flex gap-3">
          {[
            ["student", "Student"],
            ["teacher", "Teacher"],
          ].map(([value, label]) => (
            <label key={value} className="flex flex-1 cursor-pointer items-center gap-2 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm has-[:checked]:border-brand-500 has-[:checked]:bg-brand-50">
              <input type="radio" name="role" value={value} defaultChecked={value === "student"} />
              {label}
            </label>
          ))}
        </div>
        <FieldError id="role-error" messages={fields?.role} />
      </fieldset>
      <button type="submit" className="btn-primary w-full" disabled={pending}>
        {pending ? "Creating account…" : "Sign up"}
      </button>
    </form>
  );
}
