// npm run users:set -- --email <e-mail> [--role admin|user] [--plan free|pro]
// The only way to make an operator (admin): on the server, never through a request.
import "./load-env";
import { parseArgs } from "node:util";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { findOrCreateUserByEmail, getCaller, setPlan, setRole } from "@/lib/db/users";

const argsSchema = z.object({
  email: z.email("--email <e-mail> is required"),
  role: z.enum(["admin", "user"], { error: "--role must be admin or user" }).optional(),
  plan: z.enum(["free", "pro"], { error: "--plan must be free or pro" }).optional(),
});

async function main() {
  const { values } = parseArgs({ options: { email: { type: "string" }, role: { type: "string" }, plan: { type: "string" } } });
  const args = argsSchema.parse(values);
  const user = await findOrCreateUserByEmail(args.email);
  if (args.role) await setRole(user.id, args.role);
  if (args.plan) await setPlan(user.id, args.plan);
  const now = await getCaller(user.id);
  process.stderr.write(`${now?.email}: role ${now?.role}, plan ${now?.plan}\n`);
}

main()
  .catch((err: unknown) => {
    process.stderr.write(
      `users:set: ${err instanceof z.ZodError ? err.issues.map((i) => i.message).join("; ") : (err as Error).message}\n`,
    );
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
