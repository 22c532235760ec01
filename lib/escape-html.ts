// Text placed into HTML we write by hand (e-mail bodies, the share-link refusal page).
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
