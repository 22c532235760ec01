import { randomUUID } from "node:crypto";
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
import { getSessionVersion, revokeSession } from "@/lib/db/sessions";

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
  callbacks: {
    ...authConfig.callbacks,
    // At sign-in only (`user` is set then): give the cookie an id and the user's current session
    // version, so a sign-out can revoke it server-side.
    async jwt({ token, user }) {
      if (user?.id) {
        token.sid = randomUUID();
        token.sv = await getSessionVersion(user.id);
      }
      return token;
    },
  },
  events: {
    async signOut(message) {
      const token = "token" in message ? message.token : null;
      if (token?.sub && token.sid) {
        const expires =
          typeof token.exp === "number" ? new Date(token.exp * 1000) : new Date(Date.now() + authConfig.session.maxAge * 1000);
        await revokeSession(token.sub, token.sid, expires);
      }
    },
  },
});
