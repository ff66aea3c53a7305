import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/server/auth/current-user";
import { JoinForm } from "./join-form";

export const metadata: Metadata = { title: "Join a class" };

export default async function JoinPage({ searchParams }: { searchParams: Promise<{ code?: string | string[] }> }) {
  const { code } = await searchParams;
  const initialCode = typeof code === "string" ? code.slice(0, 40) : "";
  const user = await getCurrentUser();
  // A join link works for someone not signed in yet: sign in (or sign up), then come back with the code filled in.
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(initialCode ? `/join?code=${initialCode}` : "/join")}`);
  return (
    <div className="mx-auto max-w-md">
      <div className="card p-8">
        <h1 className="text-2xl font-bold">Join a class</h1>
        <p className="mt-1 text-sm text-slate-600">Enter the code your teacher shared. Capitals and dashes don’t matter.</p>
        {user.role === "student" ? (
          <JoinForm initialCode={initialCode} />
        ) : (
          <p role="alert" className="mt-6 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
            You are signed in as a {user.role}. Only student accounts join classes; sign in with your student account.
          </p>
        )}
      </div>
    </div>
  );
}
