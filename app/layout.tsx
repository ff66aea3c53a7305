import type { Metadata } from "next";
import Link from "next/link";
import "./globals.css";
import { getCurrentUser } from "@/server/auth/current-user";
import { SignOutButton } from "@/components/sign-out-button";

export const metadata: Metadata = {
  title: { default: "PyGrade", template: "%s · PyGrade" },
  description: "Python exercises with instant, trustworthy feedback, and the class view teachers need.",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  const nav = [
    { href: "/exercises", label: "Exercises" },
    { href: "/quizzes", label: "Quizzes" },
    ...(user ? [{ href: "/progress", label: "Progress" }] : []),
    ...(user && user.role !== "student" ? [{ href: "/teach", label: "Teach" }] : []),
  ];
  return (
    <html lang="en">
      <body className="min-h-screen">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-2">
          Skip to content
        </a>
        <header className="border-b border-slate-200 bg-white">
          <div className="mx-auto flex max-w-6xl items-center gap-6 px-4 py-3">
            <Link href="/" className="flex items-center gap-2 text-lg font-bold text-slate-900">
              <span aria-hidden className="grid h-8 w-8 place-items-center rounded-lg bg-brand-600 font-mono text-sm text-white">
                py
              </span>
              PyGrade
            </Link>
            <nav aria-label="Main" className="flex flex-1 items-center gap-1">
              {nav.map((item) => (
                <Link key={item.href} href={item.href} className="rounded-md px-3 py-2 text-sm font-medium text-slate-600 hover:bg-slate-100 hover:text-slate-900">
                  {item.label}
                </Link>
              ))}
            </nav>
            {user ? (
              <div className="flex items-center gap-3 text-sm">
                {user.role === "student" && (
                  <Link href="/join" className="text-slate-600 hover:text-slate-900">Join a class</Link>
                )}
                <Link href="/settings" className="text-slate-600 hover:text-slate-900">
                  <span className="font-medium text-slate-900">{user.name}</span>{" "}
                  <span className="badge bg-slate-100 text-slate-600">{user.role}</span>
                </Link>
                <SignOutButton />
              </div>
            ) : (
              <div className="flex items-center gap-2">
                <Link href="/login" className="btn-secondary">Sign in</Link>
                <Link href="/signup" className="btn-primary">Sign up</Link>
              </div>
            )}
          </div>
        </header>
        <main id="main" className="mx-auto max-w-6xl px-4 py-8">{children}</main>
      </body>
    </html>
  );
}
