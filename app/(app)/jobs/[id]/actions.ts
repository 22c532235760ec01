"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { recordId } from "@/lib/api-input";
import { publicOrigin } from "@/lib/app-url";
import { authAction } from "@/lib/auth/action";
import { requestJobMail } from "@/lib/mail/request";
import { createShareLinkSchema } from "@/lib/share-links/schema";
import { createShareLink, listShareLinks, revokeShareLinkForOwner } from "@/lib/share-links/share-links";

/** The origin the browser used, unless APP_URL names the public one. */
async function origin(): Promise<string> {
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  return publicOrigin(`${h.get("x-forwarded-proto") ?? "http"}://${host}`);
}

const jobRef = z.object({ jobId: recordId });

/** Share dialog: the job's links that still work. */
export const listShareLinksAction = authAction(jobRef, async ({ jobId }, { user }) =>
  listShareLinks(user.id, jobId, { origin: await origin() }),
);

export const createShareLinkAction = authAction(jobRef.extend(createShareLinkSchema.shape), async ({ jobId, ttl_hours }, { user }) =>
  createShareLink(user.id, jobId, { ttl_hours }, { origin: await origin() }),
);

export const revokeShareLinkAction = authAction(jobRef.extend({ linkId: recordId }), async ({ jobId, linkId }, { user }) => {
  await revokeShareLinkForOwner(user.id, jobId, linkId);
  return { linkId };
});

/** Job page, while the job runs: "E-mail me when done". */
export const requestJobMailAction = authAction(jobRef, async ({ jobId }, { user }) => {
  await requestJobMail(user.id, jobId);
  return { jobId };
});
