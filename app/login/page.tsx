import type { Metadata } from "next";
import Link from "next/link";
import { sameOriginReturnPath } from "@/server/http/return-path";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[] }> }) {
  const { callbackUrl } = await searchParams;
  // A callback URL from the query string must never send people to another site after they sign in.
  const next = sameOriginReturnPath(callbackUrl);
  return (
    <div className="mx-auto max-w-md">
      <div className="card p-8">
        <h1 className="text-2xl font-bold">Sign in</h1>
        <p className="mt-1 text-sm text-slate-600">
          New here? <Link href="/signup" className="text-brand-600 underline">Create an account</Link>
        </p>
        <LoginForm next={next} />
      </div>
    </div>
  );
}
