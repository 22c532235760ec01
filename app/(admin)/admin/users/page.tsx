import type { Metadata } from "next";
import Link from "next/link";
import { UserUsageTable } from "@/components/admin/user-usage-table";
import { buttonClass } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Pagination } from "@/components/ui/pagination";
import { listUsersWithUsage } from "@/lib/admin/operations";
import { usersQuerySchema } from "@/lib/admin/schema";
import { requireAdmin } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "Users · Operator" };

const PAGE_SIZE = 20;

type Props = { searchParams: Promise<{ q?: string; page?: string }> };

export default async function AdminUsersPage({ searchParams }: Props) {
  await requireAdmin();
  const sp = await searchParams;
  const page = Math.max(1, Number.parseInt(sp.page ?? "1", 10) || 1);
  // A search too long to be an e-mail is cut, not an error page.
  const q = (sp.q ?? "").trim().slice(0, 200);
  const { users, total } = await listUsersWithUsage(
    usersQuerySchema.parse({ q: q || undefined, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
  );
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const href = (p: number) => `/admin/users?${new URLSearchParams({ ...(q ? { q } : {}), page: String(p) })}`;

  return (
    <>
      <PageHeader
        title="Users"
        description="Plans, limits and what each user has used. Open a user to change their plan or set their own limits."
      />
      <form role="search" action="/admin/users" className="mb-4 flex max-w-md gap-2">
        <label htmlFor="user-search" className="sr-only">
          Search by e-mail
        </label>
        <Input id="user-search" name="q" type="search" defaultValue={q} placeholder="Search by e-mail" maxLength={200} />
        <button type="submit" className={buttonClass("secondary")}>
          Search
        </button>
      </form>
      {users.length === 0 ? (
        <EmptyState title={q ? `No user's e-mail contains “${q}”` : "No users yet"}>
          {q ? (
            <Link href="/admin/users" className="underline">
              Show all users
            </Link>
          ) : null}
        </EmptyState>
      ) : (
        <UserUsageTable users={users} />
      )}
      <Pagination page={page} pages={pages} total={total} noun="users" href={href} />
    </>
  );
}
