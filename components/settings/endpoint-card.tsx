"use client";

import { useState, useTransition } from "react";
import { toast } from "sonner";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/auth/action";
import type { DeliveryJson, EndpointJson } from "@/lib/webhooks/endpoint-schema";
import { DeliveryLog, reportAttempt, type AttemptSummary } from "./delivery-log";
import { EVENT_LABELS } from "./endpoint-create-form";
import { copy } from "./secret-once";
import { SECRET_GRACE_HOURS } from "@/lib/webhooks/rotation";

export type EndpointActions = {
  sendTest: (input: { id: string }) => Promise<ActionResult<AttemptSummary>>;
  resend: (input: { id: string; deliveryId: string }) => Promise<ActionResult<AttemptSummary>>;
  setEnabled: (input: { id: string; changes: { enabled: boolean } }) => Promise<ActionResult<{ id: string }>>;
  remove: (input: { id: string }) => Promise<ActionResult<{ id: string }>>;
  reveal: (input: { id: string }) => Promise<ActionResult<{ secret: string }>>;
  rotate: (input: { id: string }) => Promise<ActionResult<{ secret: string }>>;
};

type Props = { endpoint: EndpointJson; deliveries: DeliveryJson[]; total: number; actions: EndpointActions };

/** One registered endpoint: what it receives, its secret, its actions and its delivery log. */
export function EndpointCard({ endpoint: e, deliveries, total, actions }: Props) {
  const [pending, startTransition] = useTransition();
  const [secret, setSecret] = useState<string | null>(null);
  const run = <T,>(fn: () => Promise<ActionResult<T>>, done: (data: T) => void) =>
    startTransition(async () => {
      const r = await fn();
      if (r.ok) done(r.data);
      else toast.error(r.error);
    });

  return (
    <section aria-label={`Endpoint ${e.url}`} data-testid="endpoint-card" className="space-y-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0 space-y-1">
          <p className="flex flex-wrap items-center gap-2">
            <code className="break-all font-mono text-sm font-medium">{e.url}</code>
            {e.enabled ? <Badge tone="success">Active</Badge> : <Badge>Paused</Badge>}
          </p>
          {e.description ? <p className="text-sm text-stone-600 dark:text-stone-400">{e.description}</p> : null}
          <p className="flex flex-wrap gap-1.5">
            {e.events.map((ev) => (
              <Badge key={ev} tone="info">
                {EVENT_LABELS[ev]}
              </Badge>
            ))}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <Button
            size="sm"
            disabled={pending}
            onClick={() => startTransition(async () => reportAttempt("Test event", await actions.sendTest({ id: e.id })))}
          >
            Send test event
          </Button>
          <Button
            variant="secondary"
            size="sm"
            disabled={pending}
            onClick={() =>
              run(
                () => actions.setEnabled({ id: e.id, changes: { enabled: !e.enabled } }),
                () => toast.success(e.enabled ? "Endpoint paused" : "Endpoint resumed"),
              )
            }
          >
            {e.enabled ? "Pause" : "Resume"}
          </Button>
          <Button
            variant="quietDanger"
            size="sm"
            disabled={pending}
            onClick={() => {
              if (!window.confirm(`Delete the endpoint ${e.url} and its delivery log?`)) return;
              run(
                () => actions.remove({ id: e.id }),
                () => toast.success("Endpoint deleted"),
              );
            }}
          >
            Delete
          </Button>
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span className="w-full text-stone-600 sm:w-auto dark:text-stone-400">Signing secret</span>
        <code
          data-testid="endpoint-secret"
          className={`min-w-0 flex-1 rounded bg-stone-100 px-2 py-1 font-mono text-xs dark:bg-stone-950 ${secret ? "break-all" : "truncate"}`}
        >
          {secret ?? "whsec_" + "•".repeat(24)}
        </code>
        <Button
          variant="secondary"
          size="sm"
          disabled={pending}
          onClick={() =>
            secret
              ? setSecret(null)
              : run(
                  () => actions.reveal({ id: e.id }),
                  (d) => setSecret(d.secret),
                )
          }
        >
          {secret ? "Hide" : "Reveal"}
        </Button>
        {secret ? (
          <Button variant="secondary" size="sm" onClick={() => void copy(secret)}>
            Copy
          </Button>
        ) : null}
        <Button
          variant="secondary"
          size="sm"
          disabled={pending}
          onClick={() => {
            if (
              !window.confirm(
                `Rotate this endpoint's secret? For ${SECRET_GRACE_HOURS} hours deliveries are signed with both the old and the new one; update your receiver within that time.`,
              )
            )
              return;
            run(
              () => actions.rotate({ id: e.id }),
              (d) => {
                setSecret(d.secret);
                toast.success("Secret rotated");
              },
            );
          }}
        >
          Rotate
        </Button>
      </div>
      <DeliveryLog deliveries={deliveries} total={total} resend={(deliveryId) => actions.resend({ id: e.id, deliveryId })} />
    </section>
  );
}
