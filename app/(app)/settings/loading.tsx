// No loading boundary wraps /projects/[id] or /jobs/[id]: their not-found must be sent before any
// content streams, or the answer is a "soft 404" with status 200. Lists and settings get their own.
export { default } from "../projects/(list)/loading";
