import "server-only";

import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import path from "node:path";
import { createInterface } from "node:readline";

import type { CheckerJob } from "@/lib/grading-protocol";

import { env } from "../env";

import { GraderUnavailableError } from "./grader-unavailable-error";

type Pending = { resolve: (answer: unknown) => void; reject: (error: Error) => void };
type QueuedJob = { job: CheckerJob; timeoutMs: number; pending: Pending };

// Debian's interpreter, never a shim on PATH: the sandbox binds exactly this one.
export const PYTHON = "/usr/bin/python3";

/** The folder holding the `grader` Python package (it runs as `python3 -m grader.checker_server` from there). */
export function graderPackageRoot(): string {
  // turbopackIgnore: the folder is configuration, read at run time; tracing it would pull in the whole project.
  return path.dirname(path.resolve(/* turbopackIgnore: true */ env().GRADER_DIR ?? path.join(process.cwd(), "grader")));
}
// The grader's own settings, passed through a clean environment (see the README's configuration table).
export const GRADER_VARIABLES = [
  "GRADER_ISOLATION",
  "GRADER_DRIVER",
  "GRADER_FORK_RECYCLE",
  "GRADER_UID_BASE",
  "GRADER_UNSAFE_LOCAL",
  "GRADER_BWRAP",
] as const;

/** The checker's whole environment: PATH and the grader's settings as the schema parsed them, nothing else. */
export function graderEnvironment(): Record<string, string> {
  const settings = env();
  const passed: Record<string, string> = { PATH: "/usr/bin:/bin" };
  for (const name of GRADER_VARIABLES) {
    const value = settings[name];
    if (value !== undefined && value !== "") passed[name] = String(value);
  }
  return passed;
}

/** What the checker reported at start-up about the isolation in force on this host. */
export type IsolationReport = {
  isolation: string;
  driver?: string;
  notes: string[];
  root?: boolean;
  cgroup?: { version: string; base: string } | null;
  uids?: number[];
  no_cgroup_reason?: string;
};

/** Thrown for a job the checker could not finish (it crashed or overran its watchdog). */
export class CheckerFailure extends Error {}

/** One long-lived trusted checker process; it runs one job at a time. */
class CheckerProcess {
  private readonly child: ChildProcessWithoutNullStreams;
  private current: Pending | undefined;
  private watchdog: NodeJS.Timeout | undefined;
  private nextId = 1;
  readonly ready: Promise<void>;
  isolation: IsolationReport | undefined;
  dead = false;

  constructor(private readonly onExit: (worker: CheckerProcess) => void) {
    const env = graderEnvironment();
    // Its own process group, so a stuck checker can be killed together with the job it forked. -E -s: no
    // PYTHON* variables, no user site; -m puts the package root (the working directory) on the path.
    this.child = spawn(PYTHON, ["-E", "-s", "-m", "grader.checker_server"], {
      cwd: graderPackageRoot(),
      // A clean environment on purpose: the app's secrets must not reach the checker (the cast drops the
      // app-wide ProcessEnv typing, which requires NODE_ENV).
      env: env as unknown as NodeJS.ProcessEnv,
      detached: true,
      stdio: ["pipe", "pipe", "inherit"],
    }) as unknown as ChildProcessWithoutNullStreams;
    const lines = createInterface({ input: this.child.stdout });
    let onReady: { resolve: () => void; reject: (error: Error) => void } | undefined;
    this.ready = new Promise((resolve, reject) => (onReady = { resolve, reject }));
    this.ready.catch(() => undefined);
    let greeted = false;
    lines.on("line", (line) => {
      let message: Record<string, unknown>;
      try {
        message = JSON.parse(line);
      } catch {
        this.fail(new CheckerFailure(`the checker wrote something that is not JSON: ${line.slice(0, 200)}`));
        return;
      }
      if (!greeted) {
        greeted = true;
        if (message.isolation) this.isolation = message.isolation as IsolationReport;
        if (message.ready === true) onReady?.resolve();
        else onReady?.reject(new GraderUnavailableError(String(message.reason ?? "the checker refused to start")));
        return;
      }
      const pending = this.current;
      this.current = undefined;
      clearTimeout(this.watchdog);
      if (!pending) return;
      if ("failure" in message) pending.reject(new CheckerFailure(String(message.failure)));
      else pending.resolve(message.result);
    });
    this.child.on("error", (error) => {
      onReady?.reject(new GraderUnavailableError(`cannot start ${PYTHON}: ${error.message}`));
      this.fail(new CheckerFailure(error.message));
    });
    this.child.on("exit", (code, signal) => {
      onReady?.reject(new GraderUnavailableError(`the checker exited during start-up (${signal ?? code})`));
      this.fail(new CheckerFailure(`the checker exited (${signal ?? code})`));
    });
    this.child.stdin.on("error", () => undefined);
  }

  get busy(): boolean {
    return this.reserved;
  }

  private reserved = false;

  /** Runs one job; the checker counts as busy from this call until its answer (or failure). */
  async execute(job: CheckerJob, timeoutMs: number): Promise<unknown> {
    this.reserved = true;
    try {
      await this.ready;
      return await new Promise((resolve, reject) => {
        if (this.dead) return reject(new CheckerFailure("the checker stopped"));
        this.current = { resolve, reject };
        this.watchdog = setTimeout(() => {
          this.fail(new CheckerFailure(`the checker did not answer within ${Math.round(timeoutMs / 1000)} s`));
        }, timeoutMs);
        this.child.stdin.write(JSON.stringify({ id: this.nextId++, ...job }) + "\n");
      });
    } finally {
      this.reserved = false;
    }
  }

  private fail(error: Error): void {
    const pending = this.current;
    this.current = undefined;
    clearTimeout(this.watchdog);
    this.stop(true);
    pending?.reject(error);
  }

  /** Ends the checker: politely (end of input: it stops its spare sandbox and reaps), then by force. */
  stop(force = false): void {
    if (this.dead) return;
    this.dead = true;
    const kill = () => {
      try {
        if (this.child.pid && this.child.exitCode === null) process.kill(-this.child.pid, "SIGKILL");
      } catch {
        // already gone
      }
    };
    this.child.stdin.end();
    if (force) kill();
    else setTimeout(kill, 5_000).unref();
    this.child.unref();
    this.onExit(this);
  }
}

/** A pool of trusted checker processes (never of sandboxes: every run gets a fresh one). */
export class CheckerPool {
  private readonly workers = new Set<CheckerProcess>();
  private readonly queue: QueuedJob[] = [];
  private unavailable: GraderUnavailableError | undefined;

  constructor(private readonly size: number) {}

  /** Runs a job on a free checker; rejects with GraderUnavailableError when no sandbox can be built. */
  submit(job: CheckerJob, timeoutMs: number): Promise<unknown> {
    if (this.unavailable) return Promise.reject(this.unavailable);
    return new Promise((resolve, reject) => {
      this.queue.push({ job, timeoutMs, pending: { resolve, reject } });
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.queue.length) {
      let worker = [...this.workers].find((candidate) => !candidate.busy && !candidate.dead);
      if (!worker) {
        if (this.workers.size >= this.size) return;
        worker = new CheckerProcess((gone) => {
          if (gone.isolation) this.lastIsolation = gone.isolation;
          this.workers.delete(gone);
          setImmediate(() => this.dispatch());
        });
        this.workers.add(worker);
      }
      const { job, timeoutMs, pending } = this.queue.shift()!;
      worker.execute(job, timeoutMs).then(pending.resolve, (error: Error) => {
        if (error instanceof GraderUnavailableError) this.refuse(error);
        pending.reject(error);
      }).finally(() => this.dispatch());
    }
  }

  /** The isolation the checkers reported (undefined until one has started). */
  isolation(): IsolationReport | undefined {
    return [...this.workers].find((worker) => worker.isolation)?.isolation ?? this.lastIsolation;
  }

  private lastIsolation: IsolationReport | undefined;

  /** Starts one checker and waits for its greeting; resolves with its isolation report or rejects with the reason. */
  async start(): Promise<IsolationReport | undefined> {
    if (this.unavailable) throw this.unavailable;
    let worker = [...this.workers].find((candidate) => !candidate.dead);
    if (!worker) {
      worker = new CheckerProcess((gone) => {
        if (gone.isolation) this.lastIsolation = gone.isolation;
        this.workers.delete(gone);
        setImmediate(() => this.dispatch());
      });
      this.workers.add(worker);
    }
    try {
      await worker.ready;
    } catch (error) {
      if (error instanceof GraderUnavailableError) this.refuse(error);
      throw error;
    }
    return worker.isolation;
  }

  private refuse(error: GraderUnavailableError): void {
    this.unavailable = error;
    for (const queued of this.queue.splice(0)) queued.pending.reject(error);
  }

  stop(): void {
    for (const worker of this.workers) worker.stop();
    this.workers.clear();
  }
}
