import type { Metadata } from "next";
import { Card, PageHeader } from "@/components/ui/card";
import { WebhookSecretCard } from "@/components/settings/webhook-secret-card";
import { requireUser } from "@/lib/auth/current-user";
import { getOrCreateWebhookSecret } from "@/lib/webhooks/secret";
import { rotateWebhookSecretAction } from "./actions";

export const metadata: Metadata = { title: "Webhooks" };

const VERIFY_SNIPPET = `import { createHmac, timingSafeEqual } from "node:crypto";

function verifyInkset(header, rawBody, secret, toleranceSeconds = 300) {
  const parts = Object.fromEntries(header.split(",").map((p) => p.split("=", 2)));
  const t = Number(parts.t);
  if (!Number.isInteger(t) || Math.abs(Date.now() / 1000 - t) > toleranceSeconds) return false;
  if (!/^[0-9a-f]{64}$/.test(parts.v1 ?? "")) return false;
  const expected = createHmac("sha256", secret).update(\`\${t}.\${rawBody}\`).digest();
  return timingSafeEqual(expected, Buffer.from(parts.v1, "hex"));
}`;

export default async function WebhooksPage() {
  const user = await requireUser();
  const { secret, createdAt } = await getOrCreateWebhookSecret(user.id);
  return (
    <>
      <PageHeader
        title="Webhooks"
        description="A job created with a webhook_url gets a POST at that URL when it finishes, signed with this secret."
      />
      <Card className="mb-6">
        <WebhookSecretCard secret={secret} createdAt={createdAt.toISOString()} rotate={rotateWebhookSecretAction} />
      </Card>
      <Card className="space-y-3 text-sm">
        <h2 className="text-base font-semibold">Checking a delivery</h2>
        <p className="text-stone-600 dark:text-stone-400">
          Each POST carries <code>Inkset-Signature: t=&lt;unix seconds&gt;,v1=&lt;hex&gt;</code>, where <code>v1</code> is the
          HMAC-SHA256 of <code>&lt;t&gt;.&lt;raw body&gt;</code> keyed with the secret. Check it on the raw body before parsing,
          refuse old timestamps, and drop repeats by the event <code>id</code> (it is the same on every retry). A 2xx
          answer within 10 s counts as delivered; anything else is retried up to 5 times over about 36 minutes.
        </p>
        {/* tabIndex: a keyboard user can scroll the snippet sideways. */}
        <pre tabIndex={0} className="overflow-x-auto rounded bg-stone-100 p-3 font-mono text-xs dark:bg-stone-950">{VERIFY_SNIPPET}</pre>
      </Card>
    </>
  );
}
