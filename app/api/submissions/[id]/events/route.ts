import { apiRoute } from "@/server/http/api-route";
import { requireUser } from "@/server/auth/current-user";
import { getSubmissionStatusForViewer, type SubmissionStatusView } from "@/server/submissions/get-submission";
import { subscribeToSubmissionEvents, type SubmissionStatusEvent } from "@/server/events/submission-events";

export const dynamic = "force-dynamic";

// A comment line keeps proxies from closing an idle stream; the re-read with it covers a NOTIFY lost while the
// listener reconnected.
const KEEPALIVE_MS = 15_000;

const isFinal = (status: string) => status === "graded" || status === "error";

/**
 * Server-sent events for one submission: a `status` event `{id, status, score, max_score, result?}` now and after
 * every change (pushed by PostgreSQL NOTIFY, no polling), ending after the final one (graded or error).
 */
export const GET = apiRoute<{ id: string }>(async (request, { params }) => {
  const viewer = await requireUser();
  const { id } = await params;

  // Listen before the first read, so a change between the two is not missed; that read is also the 404 check.
  const changes: SubmissionStatusEvent[] = [];
  let onChange: ((event: SubmissionStatusEvent) => void) | null = null;
  const unsubscribe = await subscribeToSubmissionEvents((event) => {
    if (event.id !== id) return;
    if (onChange) onChange(event);
    else changes.push(event);
  });
  let first: SubmissionStatusView;
  try {
    first = await getSubmissionStatusForViewer(viewer, id);
  } catch (error) {
    unsubscribe();
    throw error;
  }

  const encoder = new TextEncoder();
  let cleanup = () => unsubscribe();
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      let closed = false;
      let lastSent = "";
      let last = first;
      let reading: Promise<void> = Promise.resolve();
      const close = () => {
        if (closed) return;
        closed = true;
        cleanup();
        try {
          controller.close();
        } catch {
          // the client went away first
        }
      };
      const send = (snapshot: SubmissionStatusView) => {
        last = snapshot;
        const data = JSON.stringify(toEvent(snapshot));
        if (data !== lastSent) {
          lastSent = data;
          controller.enqueue(encoder.encode(`event: status\ndata: ${data}\n\n`));
        }
        if (isFinal(snapshot.status)) close();
      };
      // A change to running carries all the stream shows (no score, no result yet), so it needs no read; every
      // other change and the keepalive read the row again. (A `queued` NOTIFY is sent after its job is inserted and
      // may arrive after the worker's `running`: read, never trusted.) Serialised, so events go out in order.
      const push = (event?: SubmissionStatusEvent) => {
        reading = reading.then(async () => {
          if (closed) return;
          try {
            if (event?.status === "running") {
              send({ id, status: event.status, score: null, max_score: last.max_score });
            } else {
              send(await getSubmissionStatusForViewer(viewer, id));
            }
          } catch {
            close();
          }
        });
      };
      const keepalive = setInterval(() => {
        if (closed) return;
        controller.enqueue(encoder.encode(": keepalive\n\n"));
        push();
      }, KEEPALIVE_MS);
      cleanup = () => {
        unsubscribe();
        clearInterval(keepalive);
      };
      request.signal.addEventListener("abort", close);
      controller.enqueue(encoder.encode("retry: 2000\n\n"));
      send(first);
      onChange = push;
      // Changes heard while the first read ran may be older than what it saw: one more read covers them.
      if (changes.length) push();
    },
    cancel() {
      cleanup();
    },
  });
  return new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-store, no-transform",
      Connection: "keep-alive",
      "X-Accel-Buffering": "no",
    },
  });
});

function toEvent(submission: SubmissionStatusView) {
  return {
    id: submission.id,
    status: submission.status,
    score: submission.score,
    max_score: submission.max_score,
    ...(submission.result ? { result: submission.result } : {}),
  };
}
