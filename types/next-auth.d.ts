import type { DefaultSession } from "next-auth";

declare module "next-auth" {
  interface Session {
    user: { id: string } & DefaultSession["user"];
    /** This session's id and the user's session version when it was issued (lib/db/sessions.ts). */
    sid?: string;
    sv?: number;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    sid?: string;
    sv?: number;
  }
}
