import { apiRoute } from "@/server/http/api-route";
import { requireUser } from "@/server/auth/current-user";
import { getSubmissionForViewer, type SubmissionView } from "@/server/submissions/get-submission";
import { subscribeToSubmissionEvents } from "@/server/events/submission-events";

export const dynamic = "force-dynamic";

// A comment line keeps proxies from closing an idle stream; the re-read with it covers a NOTIFY lost while the
// listener reconnected.
const KEEPALIVE_MS = 15_000;

/**
 * Server-sent events for one submission: a `status` event `{id, status, score, max_score, result?}` now and after
 * every change (pushed by PostgreSQL NOTIFY, no polling), ending after the final one (graded or error).
 */
export const GET = apiRoute<{ id: string }>(async (request, { params }) => {
  const viewer = await requireUser();
  const { id } = await params;
  await getSubmissionForViewer(viewer, id); // 404 before opening a stream

  const encoder = new TextEncoder();
  let cleanup = () => {};
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      let closed = false;
      let lastSent = "";
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
      const push = () => {
        // Serialised, so events go out in the order the changes happened.
        reading = reading.then(async () => {
          if (closed) return;
          try {
            const snapshot = toEvent(await getSubmissionForViewer(viewer, id));
            const data = JSON.stringify(snapshot);
            if (data !== lastSent) {
              lastSent = data;
              controller.enqueue(encoder.encode(`event: status\ndata: ${data}\n\n`));
            }
            if (snapshot.status === "graded" || snapshot.status === "error") close();
          } catch {
            close();
          }
        });
      };
      // Listen before the first read, so a change between the two is not missed.
      const unsubscribe = await subscribeToSubmissionEvents((event) => {
        if (event.id === id) push();
      });
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
      push();
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

function toEvent(submission: SubmissionView) {
  return {
    id: submission.id,
    status: submission.status,
    score: submission.score,
    max_score: submission.max_score,
    ...(submission.result ? { result: submission.result } : {}),
  };
}
