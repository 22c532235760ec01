"use client";

import { useTransition } from "react";
import { toast } from "sonner";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/auth/action";
import type { DeliveryJson } from "@/lib/webhooks/endpoint-schema";

export type AttemptSummary = { status: DeliveryJson["status"]; response_status: number | null; error: string | null };

type Props = {
  deliveries: DeliveryJson[];
  total: number;
  resend: (deliveryId: string) => Promise<ActionResult<AttemptSummary>>;
};

function statusOf(d: Pick<DeliveryJson, "status" | "attempts">): { label: string; tone: BadgeTone } {
  if (d.status === "delivered") return { label: "Delivered", tone: "success" };
  if (d.status === "failed") return { label: "Failed", tone: "danger" };
  return d.attempts > 0 ? { label: "Retrying", tone: "warning" } : { label: "Pending", tone: "info" };
}

/** A toast that says how an attempt made from the page went. */
export function reportAttempt(what: string, r: ActionResult<AttemptSummary>): void {
  if (!r.ok) {
    toast.error(r.error);
    return;
  }
  if (r.data.status === "delivered") {
    toast.success(`${what}: delivered (HTTP ${r.data.response_status})`);
    return;
  }
  toast.warning(`${what}: ${r.data.error ?? "not delivered"}${r.data.status === "pending" ? "; it will be retried" : ""}`);
}

// Event, status, response, attempts, time; the Resend button sits over the right padding.
const COLUMNS = "md:grid-cols-[minmax(0,2fr)_7rem_5rem_5rem_minmax(0,2fr)]";

/** Newest first; each row opens to the payload sent and the last error. */
export function DeliveryLog({ deliveries, total, resend }: Props) {
  const [pending, startTransition] = useTransition();
  if (deliveries.length === 0) {
    return (
      <p className="rounded-md border border-dashed border-stone-300 p-4 text-center text-sm text-stone-500 dark:border-stone-700">
        No deliveries yet. Send a test event to try the endpoint.
      </p>
    );
  }
  return (
    <div>
      <div className={`hidden gap-3 px-3 pb-1 pr-28 text-xs font-medium uppercase text-stone-500 md:grid ${COLUMNS}`}>
        <span>Event</span>
        <span>Status</span>
        <span>Response</span>
        <span>Attempts</span>
        <span>Time</span>
      </div>
      <ul
        className="divide-y divide-stone-200 rounded-md border border-stone-200 dark:divide-stone-800 dark:border-stone-800"
        aria-label="Delivery log"
      >
        {deliveries.map((d) => {
          const s = statusOf(d);
          return (
            <li key={d.id} data-testid="delivery-row" className="relative">
              <details className="group">
                <summary
                  className={`grid cursor-pointer list-none grid-cols-[1fr_auto] items-center gap-x-3 gap-y-1 py-2 pl-3 pr-24 text-sm hover:bg-stone-50 md:pr-28 dark:hover:bg-stone-800/50 ${COLUMNS}`}
                >
                  <span className="flex min-w-0 items-center gap-2">
                    <span aria-hidden className="text-stone-400 transition-transform group-open:rotate-90">
                      ›
                    </span>
                    <code className="truncate font-mono text-xs">{d.event_type}</code>
                  </span>
                  <span>
                    <Badge tone={s.tone}>{s.label}</Badge>
                  </span>
                  <span className="text-stone-600 dark:text-stone-400">
                    <span className="md:hidden">Response </span>
                    {d.response_status ?? "—"}
                  </span>
                  <span className="text-stone-600 dark:text-stone-400">
                    <span className="md:hidden">Attempts </span>
                    {d.attempts}
                  </span>
                  <time className="text-stone-600 dark:text-stone-400" dateTime={d.last_attempt_at ?? d.created_at}>
                    {new Date(d.last_attempt_at ?? d.created_at).toLocaleString()}
                  </time>
                </summary>
                <div className="space-y-2 border-t border-stone-100 bg-stone-50 px-3 py-3 text-xs dark:border-stone-800 dark:bg-stone-950/60">
                  <p className="text-stone-600 dark:text-stone-400">
                    <span className="font-medium">webhook-id</span> <code>{d.event_id}</code> · to{" "}
                    <code className="break-all">{d.url}</code>
                    {d.next_attempt_at ? <> · next attempt {new Date(d.next_attempt_at).toLocaleTimeString()}</> : null}
                  </p>
                  {d.error ? <p className="text-red-700 dark:text-red-400">Last error: {d.error}</p> : null}
                  <pre
                    tabIndex={0}
                    data-testid="delivery-payload"
                    className="max-h-72 overflow-auto rounded bg-white p-3 font-mono dark:bg-stone-900"
                  >
                    {JSON.stringify(d.payload, null, 2)}
                  </pre>
                </div>
              </details>
              {/* Outside <summary>: a button inside it would be an interactive element within another. */}
              <Button
                variant="secondary"
                size="sm"
                className="absolute right-3 top-1.5"
                disabled={pending}
                aria-label={`Resend ${d.event_type} delivery`}
                onClick={() => startTransition(async () => reportAttempt("Resent", await resend(d.id)))}
              >
                Resend
              </Button>
            </li>
          );
        })}
      </ul>
      {total > deliveries.length ? (
        <p className="mt-2 text-xs text-stone-500">
          The {deliveries.length} newest of {total}; the API lists them all (<code>GET /api/webhooks/endpoints/&lt;id&gt;/deliveries</code>
          ).
        </p>
      ) : null}
    </div>
  );
}
