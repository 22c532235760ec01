// The API reference page body, drawn from the OpenAPI document itself (no second copy, works offline).
import type { OpenAPIV3_1 } from "openapi-types";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { SchemaView, describeType, type Components } from "./schema-view";

const METHODS = ["get", "post", "put", "patch", "delete"] as const;
const TONE: Record<(typeof METHODS)[number], BadgeTone> = {
  get: "info",
  post: "success",
  put: "warning",
  patch: "warning",
  delete: "danger",
};

type Operation = { method: (typeof METHODS)[number]; path: string; op: OpenAPIV3_1.OperationObject };

const anchor = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

function byTag(doc: OpenAPIV3_1.Document): Map<string, Operation[]> {
  const groups = new Map<string, Operation[]>();
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of METHODS) {
      const op = item?.[method];
      if (!op) continue;
      const tag = op.tags?.[0] ?? "Other";
      groups.set(tag, [...(groups.get(tag) ?? []), { method, path, op }]);
    }
  }
  return groups;
}

export function ApiReference({ doc }: { doc: OpenAPIV3_1.Document }) {
  const groups = byTag(doc);
  const components = (doc.components?.schemas ?? {}) as Components;
  return (
    <div className="grid gap-8 lg:grid-cols-[12rem_1fr]">
      <nav aria-label="API sections" className="lg:sticky lg:top-4 lg:self-start">
        <ul className="flex flex-wrap gap-2 text-sm lg:flex-col lg:gap-1">
          {[...groups.keys()].map((tag) => (
            <li key={tag}>
              <a
                href={`#${anchor(tag)}`}
                className="rounded px-2 py-1 text-stone-700 hover:bg-stone-100 dark:text-stone-300 dark:hover:bg-stone-800"
              >
                {tag}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="min-w-0 space-y-10">
        {[...groups.entries()].map(([tag, ops]) => (
          <section key={tag} id={anchor(tag)} aria-labelledby={`${anchor(tag)}-title`} className="scroll-mt-4 space-y-4">
            <h2 id={`${anchor(tag)}-title`} className="text-xl font-semibold tracking-tight">
              {tag}
            </h2>
            {ops.map((o) => (
              <OperationCard key={`${o.method} ${o.path}`} operation={o} components={components} />
            ))}
          </section>
        ))}
      </div>
    </div>
  );
}

function OperationCard({ operation: { method, path, op }, components }: { operation: Operation; components: Components }) {
  const params = (op.parameters ?? []) as OpenAPIV3_1.ParameterObject[];
  const body = op.requestBody as OpenAPIV3_1.RequestBodyObject | undefined;
  const isPublic = Array.isArray(op.security) && op.security.length === 0;
  return (
    <Card className="space-y-3">
      <div className="flex flex-wrap items-center gap-2">
        <Badge tone={TONE[method]}>{method.toUpperCase()}</Badge>
        <code className="break-all font-mono text-sm font-semibold">{path}</code>
        {isPublic ? <Badge>no sign-in</Badge> : null}
      </div>
      {op.summary ? <p className="text-sm text-stone-700 dark:text-stone-300">{op.summary}</p> : null}
      {params.length ? (
        <div>
          <h3 className="text-xs font-semibold uppercase tracking-wide text-stone-500">Parameters</h3>
          <ul className="mt-1 space-y-0.5 text-sm">
            {params.map((p) => (
              <li key={`${p.in}:${p.name}`}>
                <code className="font-mono font-medium">{p.name}</code> <span className="text-xs text-stone-500">in {p.in}</span>{" "}
                <span className="font-mono text-xs text-stone-500">{p.schema ? describeType(p.schema, components) : ""}</span>
                {p.description ? <span className="block text-xs text-stone-600 dark:text-stone-400">{p.description}</span> : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {body
        ? Object.entries(body.content).map(([type, media]) => (
            <div key={type}>
              <h3 className="text-xs font-semibold uppercase tracking-wide text-stone-500">Body · {type}</h3>
              {media.schema ? <SchemaView schema={media.schema} components={components} /> : null}
            </div>
          ))
        : null}
      <div>
        <h3 className="text-xs font-semibold uppercase tracking-wide text-stone-500">Responses</h3>
        <ul className="mt-1 space-y-0.5 text-sm">
          {Object.entries(op.responses ?? {}).map(([status, res]) => {
            const r = res as OpenAPIV3_1.ResponseObject;
            const [type, media] = Object.entries(r.content ?? {})[0] ?? [];
            return (
              <li key={status} className="flex flex-wrap gap-x-2">
                <span className="font-mono font-medium">{status}</span>
                <span className="text-stone-700 dark:text-stone-300">{r.description}</span>
                {media?.schema ? (
                  <span className="font-mono text-xs text-stone-500">{describeType(media.schema, components)}</span>
                ) : type ? (
                  <span className="font-mono text-xs text-stone-500">{type}</span>
                ) : null}
              </li>
            );
          })}
        </ul>
      </div>
    </Card>
  );
}
