"use client";

import { useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/card";
import type { ActionResult } from "@/lib/auth/action";

export type TokenRow = { id: string; name: string; prefix: string; createdAt: string; lastUsedAt: string | null; expiresAt: string | null };

const when = (iso: string | null, fallback: string) => (iso ? new Date(iso).toLocaleString() : fallback);

export function TokenTable({
  tokens,
  revoke,
}: {
  tokens: TokenRow[];
  revoke: (input: { id: string }) => Promise<ActionResult<{ id: string }>>;
}) {
  const [pending, startTransition] = useTransition();
  if (tokens.length === 0) return <EmptyState title="No API tokens">Create one to call the REST API from scripts.</EmptyState>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <thead className="text-xs uppercase text-stone-500">
          <tr>
            <th className="py-2 pr-4">Name</th>
            <th className="py-2 pr-4">Token</th>
            <th className="py-2 pr-4">Created</th>
            <th className="py-2 pr-4">Last used</th>
            <th className="py-2 pr-4">Expires</th>
            <th className="py-2" />
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-200 dark:divide-stone-800">
          {tokens.map((t) => (
            <tr key={t.id} data-testid="token-row">
              <td className="py-2 pr-4 font-medium">{t.name}</td>
              <td className="py-2 pr-4 font-mono text-xs">{t.prefix}…</td>
              <td className="py-2 pr-4">{when(t.createdAt, "")}</td>
              <td className="py-2 pr-4">{when(t.lastUsedAt, "never")}</td>
              <td className="py-2 pr-4">{when(t.expiresAt, "never")}</td>
              <td className="py-2 text-right">
                <Button
                  variant="secondary"
                  size="sm"
                  disabled={pending}
                  aria-label={`Revoke ${t.name}`}
                  onClick={() => {
                    if (!window.confirm(`Revoke “${t.name}”? Scripts using it will stop working.`)) return;
                    startTransition(async () => {
                      const result = await revoke({ id: t.id });
                      if (result.ok) toast.success("Token revoked");
                      else toast.error(result.error);
                    });
                  }}
                >
                  Revoke
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
