"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { SubmissionView } from "./grading-types";

const POLL_MS = 700;
const isFinished = (submission: SubmissionView) => submission.status === "graded" || submission.status === "error";

async function fetchSubmission(id: string): Promise<SubmissionView> {
  const response = await fetch(`/api/submissions/${encodeURIComponent(id)}`, { cache: "no-store" });
  if (!response.ok) throw new Error(await errorMessage(response));
  return (await response.json()) as SubmissionView;
}

async function errorMessage(response: Response): Promise<string> {
  const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
  return body?.error?.message ?? `The server answered ${response.status}. Please try again.`;
}

/**
 * Follows one submission until it is graded: server-sent `status` events when the server offers them, polling every
 * 700 ms when it does not (or the stream drops), and a slow poll as a safety net either way.
 */
function followSubmission(id: string, onUpdate: (submission: SubmissionView) => void, onError: (message: string) => void): () => void {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let events: EventSource | undefined;
  let interval = POLL_MS;
  const stop = () => {
    stopped = true;
    clearTimeout(timer);
    events?.close();
  };
  const deliver = (submission: SubmissionView) => {
    if (stopped) return;
    onUpdate(submission);
    if (isFinished(submission)) stop();
  };
  const refresh = async () => {
    if (stopped) return;
    try {
      deliver(await fetchSubmission(id));
    } catch (error) {
      if (!stopped) onError((error as Error).message);
      stop();
    }
  };
  const poll = () => {
    if (stopped) return;
    timer = setTimeout(async () => {
      await refresh();
      poll();
    }, interval);
  };
  if (typeof EventSource !== "undefined") {
    events = new EventSource(`/api/submissions/${encodeURIComponent(id)}/events`);
    events.addEventListener("status", (event) => {
      try {
        deliver(JSON.parse((event as MessageEvent<string>).data) as SubmissionView);
      } catch {
        void refresh();
      }
    });
    events.onopen = () => (interval = 3000);
    events.onerror = () => {
      // No stream, or it dropped: fall back to steady polling.
      events?.close();
      interval = POLL_MS;
    };
  }
  poll();
  return stop;
}

/**
 * Submits code for grading and follows that submission until it is final. `live` is what the result panel shows;
 * `grading` is true from the click until the verdict. `onFinished` runs once per submission, with its final state.
 */
export function useSubmission(
  slug: string,
  { onFinished, onError }: { onFinished: (submission: SubmissionView) => void; onError: (message: string) => void },
) {
  const [live, setLive] = useState<SubmissionView | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const stopFollowing = useRef<(() => void) | null>(null);
  const callbacks = useRef({ onFinished, onError });
  useEffect(() => {
    callbacks.current = { onFinished, onError };
  });
  useEffect(() => () => stopFollowing.current?.(), []);

  const submit = useCallback(
    async (code: string) => {
      setSubmitting(true);
      try {
        const response = await fetch(`/api/exercises/${encodeURIComponent(slug)}/submissions`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ code }),
        });
        if (!response.ok) {
          callbacks.current.onError(await errorMessage(response));
          return;
        }
        const created = (await response.json()) as { id: string; status: SubmissionView["status"] };
        setLive({ id: created.id, status: created.status, score: null, max_score: 0 });
        stopFollowing.current?.();
        stopFollowing.current = followSubmission(
          created.id,
          (submission) => {
            setLive(submission);
            if (isFinished(submission)) callbacks.current.onFinished(submission);
          },
          (message) => callbacks.current.onError(message),
        );
      } catch {
        callbacks.current.onError("Could not reach the server. Check your connection and try again.");
      } finally {
        setSubmitting(false);
      }
    },
    [slug],
  );

  return { live, grading: submitting || (live !== null && !isFinished(live)), submit };
}
