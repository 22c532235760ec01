"use client";

import { useRef, useState, useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/auth/action";
import { SHARE_LINK_DEFAULT_TTL_HOURS, SHARE_LINK_TTL_CHOICES, type ShareLinkJson } from "@/lib/share-links/schema";

export type ShareActions = {
  list: (input: { jobId: string }) => Promise<ActionResult<ShareLinkJson[]>>;
  create: (input: { jobId: string; ttl_hours: number }) => Promise<ActionResult<ShareLinkJson>>;
  revoke: (input: { jobId: string; linkId: string }) => Promise<ActionResult<{ linkId: string }>>;
};

const expiry = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });

/** "Share" on a finished job: make an expiring download link that works without signing in, copy it, revoke it. */
export function ShareDialog({ jobId, title, actions }: { jobId: string; title: string; actions: ShareActions }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [links, setLinks] = useState<ShareLinkJson[] | null>(null);
  const [ttl, setTtl] = useState<number>(SHARE_LINK_DEFAULT_TTL_HOURS);
  const [fresh, setFresh] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function open() {
    dialog.current?.showModal();
    startTransition(async () => {
      const r = await actions.list({ jobId });
      if (r.ok) setLinks(r.data);
      else toast.error(r.error);
    });
  }

  function create() {
    startTransition(async () => {
      const r = await actions.create({ jobId, ttl_hours: ttl });
      if (!r.ok) return void toast.error(r.error);
      setLinks((l) => [r.data, ...(l ?? [])]);
      setFresh(r.data.id);
      await copy(r.data.url);
    });
  }

  function revoke(link: ShareLinkJson) {
    startTransition(async () => {
      const r = await actions.revoke({ jobId, linkId: link.id });
      if (!r.ok) return void toast.error(r.error);
      setLinks((l) => (l ?? []).filter((x) => x.id !== link.id));
      toast.success("Link revoked: it no longer works");
    });
  }

  return (
    <>
      <Button variant="secondary" size="sm" onClick={open}>
        Share
      </Button>
      <dialog
        ref={dialog}
        aria-labelledby="share-title"
        data-testid="share-dialog"
        onClick={(e) => e.target === dialog.current && dialog.current?.close()}
        className="m-auto w-[min(36rem,calc(100vw-2rem))] rounded-xl border border-stone-200 bg-white p-0 text-stone-900 shadow-xl backdrop:bg-stone-950/50 dark:border-stone-800 dark:bg-stone-900 dark:text-stone-100"
      >
        <div className="space-y-5 p-5 sm:p-6">
          <header className="flex items-start justify-between gap-4">
            <div>
              <h2 id="share-title" className="text-lg font-semibold">
                Share “{title}”
              </h2>
              <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
                Anyone with the link can download this PDF without signing in until it expires. You can revoke it at any time.
              </p>
            </div>
            <Button variant="ghost" size="sm" aria-label="Close" onClick={() => dialog.current?.close()}>
              ✕
            </Button>
          </header>

          <fieldset className="space-y-2">
            <legend className="text-sm font-medium">Link works for</legend>
            <div className="flex flex-wrap gap-2">
              {SHARE_LINK_TTL_CHOICES.map((c) => (
                <label
                  key={c.hours}
                  className="cursor-pointer rounded-md border border-stone-300 px-3 py-1.5 text-sm has-[:checked]:border-brand has-[:checked]:bg-brand/10 has-[:checked]:font-medium has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand dark:border-stone-700"
                >
                  <input
                    type="radio"
                    name="share-ttl"
                    className="sr-only"
                    value={c.hours}
                    checked={ttl === c.hours}
                    onChange={() => setTtl(c.hours)}
                  />
                  {c.label}
                </label>
              ))}
            </div>
          </fieldset>
          <Button onClick={create} disabled={pending}>
            {pending ? "Working…" : "Create link and copy"}
          </Button>

          <section aria-labelledby="share-active" className="space-y-2">
            <h3 id="share-active" className="text-sm font-medium">
              Active links
            </h3>
            {links === null ? (
              <p className="text-sm text-stone-500">Loading…</p>
            ) : links.length === 0 ? (
              <p className="text-sm text-stone-600 dark:text-stone-400">No active links. Links you create appear here until they expire.</p>
            ) : (
              <ul
                className="divide-y divide-stone-200 rounded-lg border border-stone-200 dark:divide-stone-800 dark:border-stone-800"
                data-testid="share-links"
              >
                {links.map((link) => (
                  <li key={link.id} className="space-y-2 p-3" data-testid="share-link">
                    <input
                      readOnly
                      aria-label="Share link"
                      value={link.url}
                      onFocus={(e) => e.currentTarget.select()}
                      className="w-full truncate rounded border border-stone-200 bg-stone-50 px-2 py-1 font-mono text-xs dark:border-stone-700 dark:bg-stone-950"
                    />
                    <div className="flex flex-wrap items-center gap-2 text-xs text-stone-600 dark:text-stone-400">
                      <span>
                        Expires <time dateTime={link.expires_at}>{expiry(link.expires_at)}</time>
                        {" · "}
                        {link.download_count === 1 ? "1 download" : `${link.download_count} downloads`}
                        {fresh === link.id ? <span className="ml-1 font-medium text-brand"> · copied</span> : null}
                      </span>
                      <span className="ml-auto flex gap-1">
                        <Button variant="secondary" size="sm" onClick={() => void copy(link.url)}>
                          Copy
                        </Button>
                        <Button variant="quietDanger" size="sm" disabled={pending} onClick={() => revoke(link)}>
                          Revoke
                        </Button>
                      </span>
                    </div>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
      </dialog>
    </>
  );
}

async function copy(url: string) {
  try {
    await navigator.clipboard.writeText(url);
    toast.success("Link copied");
  } catch {
    toast.message("Select the link and copy it");
  }
}
