"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * A moment shown in the reader's own time zone. The server (and hydration) render UTC, then the browser switches
 * to local time: useSyncExternalStore's server snapshot makes that a clean second render, not a mismatch.
 */
export function LocalTime({ iso, style = "datetime" }: { iso: string; style?: "datetime" | "date" }) {
  const inBrowser = useSyncExternalStore(subscribe, () => true, () => false);
  const date = new Date(iso);
  const options: Intl.DateTimeFormatOptions =
    style === "date" ? { dateStyle: "medium" } : { dateStyle: "medium", timeStyle: "short" };
  const text = inBrowser
    ? date.toLocaleString(undefined, options)
    : `${date.toLocaleString("en-GB", { ...options, timeZone: "UTC" })} UTC`;
  return <time dateTime={iso}>{text}</time>;
}
