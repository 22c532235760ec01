// Reads a calendar URL for the planner through the app's outbound guard (the one remote images and
// webhooks use): https only, no credentials, every resolved address checked against private ranges.
import { AppError } from "@/lib/errors";
import { systemResolver } from "@/lib/net-guard/lookup";
import { fetchRemote } from "@/lib/render/images/remote";
import { addressPolicyFor, webhookPolicyFromEnv } from "@/lib/webhooks/url";
import { parseIcs, type EventsByDay } from "./calendar";
import { MAX_ICS_BYTES } from "./schema";

export async function fetchCalendar(raw: string, first: number, last: number): Promise<EventsByDay> {
  const url = new URL(raw);
  const r = await fetchRemote(url, {
    hosts: [url.hostname],
    httpHosts: [],
    maxBytes: MAX_ICS_BYTES,
    connectTimeoutMs: 5_000,
    totalTimeoutMs: 15_000,
    maxRedirects: 3,
    resolve: systemResolver,
    policy: addressPolicyFor(webhookPolicyFromEnv()),
  });
  if (!r.ok) throw new AppError("BAD_INPUT", `calendar.url: could not read the calendar (${r.message})`);
  return parseIcs(r.data.toString("utf8"), first, last, "calendar.url");
}
