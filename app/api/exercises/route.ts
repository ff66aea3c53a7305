import { NextResponse } from "next/server";
import { apiRoute } from "@/server/http/api-route";
import { getCurrentUser } from "@/server/auth/current-user";
import { listExercises } from "@/server/exercises/list-exercises";

/** The course's exercises grouped by step in story order; `status` is the caller's (null when anonymous). */
export const GET = apiRoute(async () => {
  const user = await getCurrentUser();
  const steps = await listExercises(user?.id ?? null);
  return NextResponse.json({ steps });
});
