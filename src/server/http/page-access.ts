import "server-only";
import { notFound, redirect } from "next/navigation";
import { AppError } from "../errors";

/**
 * Runs a page's domain call and turns access errors into what a browser should see: not signed in -> the sign-in
 * page (coming back to `path` afterwards), forbidden or missing -> the 404 page (a page never confirms that
 * something it will not show exists).
 */
export async function loadForPage<T>(path: string, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof AppError) {
      if (error.code === "unauthorized") redirect(`/login?callbackUrl=${encodeURIComponent(path)}`);
      if (error.code === "forbidden" || error.code === "not_found") notFound();
    }
    throw error;
  }
}
