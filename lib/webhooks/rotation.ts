// Secret rotation without a gap: after a rotation, deliveries are signed with the new secret and,
// for a grace period, with the replaced one too (several `v1` signatures in one header: Standard
// Webhooks separates them with spaces, Inkset-Signature with commas). A receiver that still checks
// the old secret keeps accepting deliveries until it is updated; one that checks the new one accepts
// them at once. Applies to the user's Inkset-Signature secret and to every endpoint's secret.

/** How long a replaced secret still signs deliveries. */
export const SECRET_GRACE_HOURS = 24;

export type RotatableSecret = { secret: string; previousSecret: string | null; previousExpiresAt: Date | null };

/** What a rotation to a new secret stores: the current one becomes the previous, until the grace ends. */
export function rotated(current: string | null, next: string, now = new Date()): RotatableSecret {
  return {
    secret: next,
    previousSecret: current,
    previousExpiresAt: current ? new Date(now.getTime() + SECRET_GRACE_HOURS * 3600_000) : null,
  };
}

/** The secrets a delivery is signed with now: the current one, then the replaced one while its grace lasts. */
export function signingSecrets(s: RotatableSecret, now = new Date()): string[] {
  const previous = s.previousSecret && s.previousExpiresAt && s.previousExpiresAt > now ? [s.previousSecret] : [];
  return [s.secret, ...previous];
}
