import { apiRoute } from "@/server/http/api-route";
import { parseInput } from "@/server/http/parse-request";
import { getCurrentUser } from "@/server/auth/current-user";
import { classIdSchema } from "@/server/classes/class-schemas";
import { classProgressCsv } from "@/server/classes/class-progress-csv";

/** The class's progress as a CSV download, for its teacher and admins. */
export const GET = apiRoute<{ id: string }>(async (_request, { params }) => {
  const classId = parseInput(classIdSchema, (await params).id);
  const { filename, csv } = await classProgressCsv(await getCurrentUser(), classId);
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "private, no-store",
    },
  });
});
