import type { Metadata } from "next";
import { Card, PageHeader } from "@/components/ui/card";
import { EndpointCard, type EndpointActions } from "@/components/settings/endpoint-card";
import { EndpointCreateForm } from "@/components/settings/endpoint-create-form";
import { InksetSignatureDocs, StandardWebhooksDocs } from "@/components/settings/webhook-verify-docs";
import { WebhookSecretCard } from "@/components/settings/webhook-secret-card";
import { requireUser } from "@/lib/auth/current-user";
import { listDeliveries, listEndpoints } from "@/lib/webhooks/endpoints";
import { MAX_ENDPOINTS_PER_USER } from "@/lib/webhooks/endpoint-schema";
import { getOrCreateWebhookSecret } from "@/lib/webhooks/secret";
import {
  createEndpointAction,
  deleteEndpointAction,
  resendDeliveryAction,
  revealEndpointSecretAction,
  rotateEndpointSecretAction,
  rotateWebhookSecretAction,
  sendTestEventAction,
  updateEndpointAction,
} from "./actions";

export const metadata: Metadata = { title: "Webhooks" };

/** Deliveries shown per endpoint; the API pages through the rest. */
const LOG_ROWS = 10;

const endpointActions: EndpointActions = {
  sendTest: sendTestEventAction,
  resend: resendDeliveryAction,
  setEnabled: updateEndpointAction,
  remove: deleteEndpointAction,
  reveal: revealEndpointSecretAction,
  rotate: rotateEndpointSecretAction,
};

export default async function WebhooksPage() {
  const user = await requireUser();
  const [endpoints, { secret, createdAt }] = await Promise.all([listEndpoints(user.id), getOrCreateWebhookSecret(user.id)]);
  const logs = await Promise.all(endpoints.map((e) => listDeliveries(user.id, e.id, { limit: LOG_ROWS, offset: 0 })));
  return (
    <>
      <PageHeader
        title="Webhooks"
        description="Get a signed POST when your jobs and batches finish: to endpoints you register here, or to a webhook_url per request."
      />
      <h2 className="mb-3 text-lg font-semibold">Endpoints</h2>
      <Card className="mb-4">
        {endpoints.length < MAX_ENDPOINTS_PER_USER ? (
          <EndpointCreateForm create={createEndpointAction} />
        ) : (
          <p className="text-sm text-stone-600 dark:text-stone-400">
            You have {MAX_ENDPOINTS_PER_USER} endpoints, the most allowed. Delete one to add another.
          </p>
        )}
      </Card>
      <div className="mb-10 space-y-4">
        {endpoints.map((e, i) => (
          <Card key={e.id}>
            <EndpointCard endpoint={e} deliveries={logs[i]!.deliveries} total={logs[i]!.total} actions={endpointActions} />
          </Card>
        ))}
        <Card>
          <StandardWebhooksDocs />
        </Card>
      </div>
      <h2 className="mb-1 text-lg font-semibold">Per-request webhook_url</h2>
      <p className="mb-3 text-sm text-stone-600 dark:text-stone-400">
        A job or batch created with a <code>webhook_url</code> gets one POST at that URL when it finishes, signed with this secret.
      </p>
      <Card className="mb-4">
        <WebhookSecretCard secret={secret} createdAt={createdAt.toISOString()} rotate={rotateWebhookSecretAction} />
      </Card>
      <Card>
        <InksetSignatureDocs />
      </Card>
    </>
  );
}
