// npm run tokens:create -- --email <e-mail> [--name <token name>] [--expires-in-days <n>]
// Creates the user if needed and prints only the new token on stdout (messages go to stderr).
import "./load-env";
import { parseArgs } from "node:util";
import { z } from "zod";
import { createApiToken } from "@/lib/auth/api-token";
import { db } from "@/lib/db/client";
import { findOrCreateUserByEmail } from "@/lib/db/users";
import { createApiTokenSchema, expiryDate } from "@/lib/auth/api-token-schema";

async function main() {
  const { values } = parseArgs({
    options: { email: { type: "string" }, name: { type: "string" }, "expires-in-days": { type: "string" } },
  });
  const email = z.email().safeParse(values.email);
  if (!email.success) throw new Error("--email <e-mail> is required and must be an e-mail address");
  const input = createApiTokenSchema.parse({ name: values.name ?? "cli", expires_in_days: values["expires-in-days"] });
  const user = await findOrCreateUserByEmail(email.data);
  const { token } = await createApiToken(user.id, { name: input.name, expiresAt: expiryDate(input.expires_in_days) });
  process.stdout.write(`${token}\n`);
  process.stderr.write(`Created token "${input.name}" for ${user.email}\n`);
}

main()
  .catch((err: unknown) => {
    process.stderr.write(
      `tokens:create: ${err instanceof z.ZodError ? err.issues.map((i) => i.message).join("; ") : (err as Error).message}\n`,
    );
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
