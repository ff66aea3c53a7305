import Link from "next/link";
import { getCurrentUser } from "@/server/auth/current-user";

export default async function LandingPage() {
  const user = await getCurrentUser();
  return (
    <div className="space-y-12">
      <section className="grid items-center gap-10 py-8 md:grid-cols-2">
        <div className="space-y-5">
          <p className="badge bg-brand-50 text-brand-700">First course: from generators to async/await</p>
          <h1 className="text-4xl font-bold tracking-tight text-slate-900">
            Learn Python by writing it, with feedback you can trust.
          </h1>
          <p className="text-lg text-slate-600">
            Every submission runs in real CPython inside a locked-down sandbox against hidden tests, and comes back in
            moments with what passed, what failed, and why.
          </p>
          <div className="flex gap-3">
            {user ? (
              <Link href={user.role === "student" ? "/exercises" : "/teach"} className="btn-primary">
                {user.role === "student" ? "Continue the course" : "Go to your classes"}
              </Link>
            ) : (
              <>
                <Link href="/signup" className="btn-primary">Create a free account</Link>
                <Link href="/quizzes" className="btn-secondary">Try a quiz</Link>
              </>
            )}
          </div>
        </div>
        <pre tabIndex={0} className="card overflow-x-auto bg-slate-900 p-5 font-mono text-sm leading-6 text-slate-100" aria-label="Example code">
{`@asyncio.coroutine          # Python 3.4
def fetch(url):
    data = yield from get(url)
    return data

async def fetch(url):       # Python 3.5+
    data = await get(url)
    return data`}
        </pre>
      </section>
      <section className="grid gap-4 md:grid-cols-3">
        {[
          ["For students", "Work through the story of async/await step by step, see each test's result live, and watch your progress grow."],
          ["For teachers", "Create a class, share a join code, assign work and see every student's standing at a glance, down to each attempt."],
          ["Safe by design", "Learner code runs in a fresh sandbox with no network, no secrets and no way to fake its own grade."],
        ].map(([title, text]) => (
          <div key={title} className="card p-5">
            <h2 className="font-semibold text-slate-900">{title}</h2>
            <p className="mt-2 text-sm text-slate-600">{text}</p>
          </div>
        ))}
      </section>
    </div>
  );
}
