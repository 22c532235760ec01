import type { NextAuthConfig } from "next-auth";

// Pages and session policy, free of database imports (the Auth.js v5 split).
export const authConfig = {
  pages: { signIn: "/sign-in", error: "/sign-in" },
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  trustHost: true,
  providers: [],
  callbacks: {
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      // Checked against the database on each request (lib/db/sessions.ts).
      session.sid = token.sid;
      session.sv = token.sv;
      return session;
    },
  },
} satisfies NextAuthConfig;
