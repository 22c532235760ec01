// How a receiver checks a delivery, for both signing schemes. Static text, no data.

const STANDARD_SNIPPET = `import { Webhook } from "standardwebhooks";

// rawBody: the request body as received (a string), before JSON.parse.
const event = new Webhook(process.env.INKSET_ENDPOINT_SECRET).verify(rawBody, {
  "webhook-id": req.headers["webhook-id"],
  "webhook-timestamp": req.headers["webhook-timestamp"],
  "webhook-signature": req.headers["webhook-signature"],
}); // throws when the signature or timestamp is wrong`;

const INKSET_SNIPPET = `import { createHmac, timingSafeEqual } from "node:crypto";

function verifyInkset(header, rawBody, secret, toleranceSeconds = 300) {
  const parts = Object.fromEntries(header.split(",").map((p) => p.split("=", 2)));
  const t = Number(parts.t);
  if (!Number.isInteger(t) || Math.abs(Date.now() / 1000 - t) > toleranceSeconds) return false;
  if (!/^[0-9a-f]{64}$/.test(parts.v1 ?? "")) return false;
  const expected = createHmac("sha256", secret).update(\`\${t}.\${rawBody}\`).digest();
  return timingSafeEqual(expected, Buffer.from(parts.v1, "hex"));
}`;

const pre = "overflow-x-auto rounded bg-stone-100 p-3 font-mono text-xs dark:bg-stone-950";

export function StandardWebhooksDocs() {
  return (
    <div className="space-y-3 text-sm">
      <h3 className="font-semibold">Checking an endpoint delivery</h3>
      <p className="text-stone-600 dark:text-stone-400">
        Endpoints are signed by the{" "}
        <a className="underline" href="https://www.standardwebhooks.com/">
          Standard Webhooks
        </a>{" "}
        scheme: <code>webhook-id</code>, <code>webhook-timestamp</code> and <code>webhook-signature: v1,&lt;base64&gt;</code>, the
        HMAC-SHA256 of <code>id.timestamp.body</code> keyed with the secret. Any Standard Webhooks library verifies them. The body is{" "}
        <code>{"{ type, timestamp, data }"}</code>; drop repeats by <code>webhook-id</code> (a retry or a resend keeps it). A 2xx answer
        within 10 s counts as delivered; anything else is retried up to 5 times over about 36 minutes.
      </p>
      {/* tabIndex: a keyboard user can scroll the snippet sideways. */}
      <pre tabIndex={0} className={pre}>
        {STANDARD_SNIPPET}
      </pre>
    </div>
  );
}

export function InksetSignatureDocs() {
  return (
    <div className="space-y-3 text-sm">
      <h3 className="font-semibold">Checking a job&apos;s or batch&apos;s webhook_url delivery</h3>
      <p className="text-stone-600 dark:text-stone-400">
        Each POST carries <code>Inkset-Signature: t=&lt;unix seconds&gt;,v1=&lt;hex&gt;</code>, where <code>v1</code> is the HMAC-SHA256 of{" "}
        <code>&lt;t&gt;.&lt;raw body&gt;</code> keyed with the secret above. Check it on the raw body before parsing, refuse old timestamps,
        and drop repeats by the event <code>id</code> (the same on every retry). Retries follow the same schedule as endpoints.
      </p>
      <pre tabIndex={0} className={pre}>
        {INKSET_SNIPPET}
      </pre>
    </div>
  );
}
