import { z } from "zod";

import type { AsyncTimeline } from "@/lib/async-timeline";

const seconds = z.number().min(0).max(1e9);
// The checker keeps 60 characters of a label and 80 of a name; measured in UTF-16 units here, so twice that fits.
const label = z.string().max(160);

const asyncRunSchema = z.strictObject({
  elapsed: seconds,
  expected_elapsed: seconds.optional(),
  events: z.array(z.tuple([seconds, label])).max(100),
  blocking: z.array(z.tuple([seconds, seconds])).max(20),
  never_awaited: z.array(label).max(10).optional(),
  events_total: z.number().int().min(0).optional(),
  blocking_total: z.number().int().min(0).optional(),
});

/** The async timeline of one test (grader/timeline.py): bounded, so a stored result stays small. */
export const asyncTimelineSchema: z.ZodType<AsyncTimeline> = z.strictObject({
  runs: z.array(asyncRunSchema).min(1).max(3),
  runs_total: z.number().int().min(0).optional(),
});
