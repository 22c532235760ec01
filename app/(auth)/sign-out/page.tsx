import type { Metadata } from "next";
import Link from "next/link";
import { signOut } from "@/auth";
import { Button, buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

export const metadata: Metadata = { title: "Sign out" };

export default function SignOutPage() {
  async function doSignOut() {
    "use server";
    await signOut({ redirectTo: "/sign-in" });
  }
  return (
    <main className="mx-auto flex min-h-screen max-w-sm flex-col justify-center px-4">
      <Card className="space-y-4 text-center">
        <h1 className="text-xl font-semibold">Sign out of Inkset?</h1>
        <form action={doSignOut} className="flex justify-center gap-2">
          <Link href="/projects" className={buttonClass("secondary")}>
            Cancel
          </Link>
          <Button type="submit">Sign out</Button>
        </form>
      </Card>
    </main>
  );
}
