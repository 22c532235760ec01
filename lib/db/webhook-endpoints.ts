// Registered webhook endpoints and their deliveries. Every read and write by a user takes the owner
// id (another user's endpoint is simply not found); the fan-out functions at the end run for events
// and take the owner from the event's subject.
import type { Prisma } from "@/lib/generated/prisma/client";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";

const endpointSelect = {
  id: true,
  url: true,
  description: true,
  events: true,
  enabled: true,
  createdAt: true,
  updatedAt: true,
} as const;
export type EndpointRow = Prisma.WebhookEndpointGetPayload<{ select: typeof endpointSelect }>;

export const deliverySelect = {
  id: true,
  eventId: true,
  eventType: true,
  status: true,
  attempts: true,
  lastStatusCode: true,
  lastError: true,
  url: true,
  payload: true,
  createdAt: true,
  lastAttemptAt: true,
  nextAttemptAt: true,
  deliveredAt: true,
} as const;
export type DeliveryRow = Prisma.WebhookDeliveryGetPayload<{ select: typeof deliverySelect }>;

export function listEndpoints(userId: string): Promise<EndpointRow[]> {
  return db.webhookEndpoint.findMany({ where: { userId }, select: endpointSelect, orderBy: { createdAt: "asc" } });
}

export function countEndpoints(userId: string): Promise<number> {
  return db.webhookEndpoint.count({ where: { userId } });
}

export function findEndpoint(userId: string, id: string): Promise<EndpointRow | null> {
  return db.webhookEndpoint.findFirst({ where: { id, userId }, select: endpointSelect });
}

export type NewEndpoint = { url: string; description: string; events: string[]; enabled: boolean; secret: string };

export function insertEndpoint(userId: string, e: NewEndpoint): Promise<EndpointRow> {
  return db.webhookEndpoint.create({ data: { userId, ...e }, select: endpointSelect });
}

/** Null when the endpoint is not the user's. */
export async function updateEndpoint(userId: string, id: string, data: Partial<Omit<NewEndpoint, "secret">>): Promise<EndpointRow | null> {
  const res = await db.webhookEndpoint.updateMany({ where: { id, userId }, data });
  return res.count === 1 ? findEndpoint(userId, id) : null;
}

export async function deleteEndpoint(userId: string, id: string): Promise<boolean> {
  return (await db.webhookEndpoint.deleteMany({ where: { id, userId } })).count === 1;
}

/**
 * Replaces the endpoint's secret with what `next` makes of the current one (the replaced one stays
 * as `previousSecret`: lib/webhooks/rotation.ts). Conditional on the secret read, so two rotations at
 * once cannot keep a secret nobody was shown. False when the endpoint is not the user's.
 */
export async function replaceEndpointSecret(
  userId: string,
  id: string,
  next: (current: string) => { secret: string; previousSecret: string | null; previousExpiresAt: Date | null },
): Promise<boolean> {
  for (let tries = 0; tries < 5; tries++) {
    const current = await findEndpointSecret(userId, id);
    if (current === null) return false;
    const res = await db.webhookEndpoint.updateMany({ where: { id, userId, secret: current }, data: next(current) });
    if (res.count === 1) return true;
  }
  throw new Error("the endpoint's secret kept changing while it was being rotated");
}

export async function findEndpointSecret(userId: string, id: string): Promise<string | null> {
  const row = await db.webhookEndpoint.findFirst({ where: { id, userId }, select: { secret: true } });
  return row?.secret ?? null;
}

export async function listDeliveries(userId: string, endpointId: string, page: { limit: number; offset: number }) {
  const where = { endpointId, endpoint: { userId } };
  const [deliveries, total] = await Promise.all([
    db.webhookDelivery.findMany({
      where,
      select: deliverySelect,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: page.limit,
      skip: page.offset,
    }),
    db.webhookDelivery.count({ where }),
  ]);
  return { deliveries, total };
}

export function findDelivery(userId: string, endpointId: string, deliveryId: string) {
  return db.webhookDelivery.findFirst({
    where: { id: deliveryId, endpointId, endpoint: { userId } },
    select: { ...deliverySelect, jobId: true, batchId: true },
  });
}

export type NewEndpointDelivery = {
  /** Null for a batch's own webhook_url (lib/webhooks/notify.ts). */
  endpointId: string | null;
  url: string;
  eventType: string;
  /** The message id: omitted for a new event; a resend passes the original's. */
  eventId?: string;
  payload: Prisma.InputJsonValue;
  jobId?: string | null;
  batchId?: string | null;
};

/** One delivery row, due now; a new event gets a new message id. */
export function insertEndpointDelivery(d: NewEndpointDelivery): Promise<DeliveryRow> {
  return db.webhookDelivery.create({ data: { ...d, eventId: d.eventId ?? newMessageId() }, select: deliverySelect });
}

export const newMessageId = () => `msg_${randomUUID().replaceAll("-", "")}`;

/** Enabled endpoints of the user subscribed to `eventType`, with what a delivery needs. */
export async function endpointsFor(userId: string, eventType: string): Promise<{ id: string; url: string }[]> {
  const rows = await db.webhookEndpoint.findMany({ where: { userId, enabled: true }, select: { id: true, url: true, events: true } });
  return rows.filter((r) => Array.isArray(r.events) && r.events.includes(eventType)).map(({ id, url }) => ({ id, url }));
}

/** The endpoint's current URL and secret, for the dispatcher (which works on claimed ids). */
export function getEndpointForDelivery(endpointId: string) {
  return db.webhookEndpoint.findUnique({
    where: { id: endpointId },
    select: { url: true, secret: true, previousSecret: true, previousExpiresAt: true, userId: true },
  });
}

/** Retention: delivered or given-up endpoint deliveries created before `cutoff`; pending ones stay. */
export async function deleteFinishedEndpointDeliveriesBefore(cutoff: Date): Promise<number> {
  const res = await db.webhookDelivery.deleteMany({
    where: { endpointId: { not: null }, status: { in: ["delivered", "failed"] }, createdAt: { lt: cutoff } },
  });
  return res.count;
}
