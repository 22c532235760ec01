// Runs s3rver on 127.0.0.1 until killed, for Playwright (E2E_STORAGE_DRIVER=s3): the job e2e
// suite then stores and serves PDFs through the S3 driver against a real S3-compatible server.
import { startS3Server } from "@/tests/setup/s3-server";

const bucket = process.env.E2E_S3_BUCKET ?? "inkset-e2e";
const port = Number(process.env.E2E_S3_PORT ?? 4569);

const server = await startS3Server(bucket, port);
process.stderr.write(`s3rver: ${server.endpoint}/${bucket}\n`);
const stop = () => void server.close().finally(() => process.exit(0));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
