/** What a user types to confirm deleting their account: their e-mail address, or a phrase without one. */
export function deleteConfirmation(email: string | null): string {
  return email ?? "delete my account";
}
