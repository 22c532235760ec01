// Exit codes of `inkset` (documented in docs/api.md#cli): scripts can tell a bad template from an
// outage without parsing messages.
export const EXIT = {
  OK: 0,
  /** The render (or a batch child) failed or was cancelled; the job's error is printed. */
  FAILED: 1,
  /** Wrong arguments, unreadable file, or the server refused the request as malformed. */
  USAGE: 2,
  /** No token, or the server refused it (401). */
  AUTH: 3,
  /** The job, project or profile does not exist (404). */
  NOT_FOUND: 4,
  /** Quota or rate limit reached (429); the message says when to retry. */
  LIMITED: 5,
  /** The server could not be reached or answered with an unexpected error. */
  NETWORK: 6,
  /** The template is invalid (validate, or the server's 422). */
  INVALID: 7,
} as const;

export class CliError extends Error {
  constructor(
    readonly exitCode: number,
    message: string,
  ) {
    super(message);
  }
}
