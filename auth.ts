import NextAuth from "next-auth";
import type { Provider } from "next-auth/providers";
import Credentials from "next-auth/providers/credentials";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import { PrismaAdapter } from "@auth/prisma-adapter";
import { z } from "zod";
import { authConfig } from "@/auth.config";
import { db } from "@/lib/db/client";
import { findOrCreateUserByEmail } from "@/lib/db/users";
import { env } from "@/lib/env";
import { devLoginEnabled } from "@/lib/auth/providers";

const devLoginSchema = z.object({
  email: z.email("enter an e-mail address"),
  name: z.string().trim().max(100).optional(),
});

function providers(): Provider[] {
  const list: Provider[] = [];
  if (env.AUTH_GITHUB_ID && env.AUTH_GITHUB_SECRET) {
    list.push(GitHub({ clientId: env.AUTH_GITHUB_ID, clientSecret: env.AUTH_GITHUB_SECRET }));
  }
  if (env.AUTH_GOOGLE_ID && env.AUTH_GOOGLE_SECRET) {
    list.push(Google({ clientId: env.AUTH_GOOGLE_ID, clientSecret: env.AUTH_GOOGLE_SECRET }));
  }
  if (env.AUTH_OIDC_ISSUER && env.AUTH_OIDC_ID && env.AUTH_OIDC_SECRET) {
    list.push({
      id: "oidc",
      name: env.AUTH_OIDC_NAME,
      type: "oidc",
      issuer: env.AUTH_OIDC_ISSUER,
      clientId: env.AUTH_OIDC_ID,
      clientSecret: env.AUTH_OIDC_SECRET,
    });
  }
  if (devLoginEnabled()) {
    list.push(
      Credentials({
        id: "dev",
        name: "Development sign-in",
        credentials: { email: { label: "E-mail" }, name: { label: "Name" } },
        async authorize(raw) {
          const parsed = devLoginSchema.safeParse(raw);
          if (!parsed.success) return null;
          const user = await findOrCreateUserByEmail(parsed.data.email, parsed.data.name);
          return { id: user.id, name: user.name, email: user.email };
        },
      }),
    );
  }
  return list;
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  secret: env.AUTH_SECRET,
  adapter: PrismaAdapter(db),
  providers: providers(),
});
