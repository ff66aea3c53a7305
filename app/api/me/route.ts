import { NextResponse } from "next/server";
import { apiRoute } from "@/server/http/api-route";
import { requireUser } from "@/server/auth/current-user";

/** The signed-in user: `{id, email, name, role}`. */
export const GET = apiRoute(async () => NextResponse.json(await requireUser()));
