"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { recordId } from "@/lib/api-input";
import { authAction } from "@/lib/auth/action";
import { createEndpointSchema, updateEndpointSchema } from "@/lib/webhooks/endpoint-schema";
import {
  createEndpoint,
  deleteEndpoint,
  resendDelivery,
  revealEndpointSecret,
  rotateEndpointSecret,
  sendTestEvent,
  updateEndpoint,
} from "@/lib/webhooks/endpoints";
import { rotateWebhookSecret } from "@/lib/webhooks/secret";

const PAGE = "/settings/webhooks";
const endpointRef = z.object({ id: recordId });

export const rotateWebhookSecretAction = authAction(z.object({}), async (_input, { user }) => {
  const { secret } = await rotateWebhookSecret(user.id);
  revalidatePath(PAGE);
  return { secret };
});

export const createEndpointAction = authAction(createEndpointSchema, async (input, { user }) => {
  const created = await createEndpoint(user.id, input);
  revalidatePath(PAGE);
  return { id: created.id, secret: created.secret };
});

export const updateEndpointAction = authAction(
  z.object({ id: recordId, changes: updateEndpointSchema }),
  async ({ id, changes }, { user }) => {
    await updateEndpoint(user.id, id, changes);
    revalidatePath(PAGE);
    return { id };
  },
);

export const deleteEndpointAction = authAction(endpointRef, async ({ id }, { user }) => {
  await deleteEndpoint(user.id, id);
  revalidatePath(PAGE);
  return { id };
});

export const revealEndpointSecretAction = authAction(endpointRef, async ({ id }, { user }) => revealEndpointSecret(user.id, id));

export const rotateEndpointSecretAction = authAction(endpointRef, async ({ id }, { user }) => rotateEndpointSecret(user.id, id));

export const sendTestEventAction = authAction(endpointRef, async ({ id }, { user }) => {
  const delivery = await sendTestEvent(user.id, id);
  revalidatePath(PAGE);
  return { status: delivery.status, response_status: delivery.response_status, error: delivery.error };
});

export const resendDeliveryAction = authAction(z.object({ id: recordId, deliveryId: recordId }), async ({ id, deliveryId }, { user }) => {
  const delivery = await resendDelivery(user.id, id, deliveryId);
  revalidatePath(PAGE);
  return { status: delivery.status, response_status: delivery.response_status, error: delivery.error };
});
