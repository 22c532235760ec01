import type { Metadata } from "next";
import Link from "next/link";
import { Card, PageHeader } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { CreateProjectForm } from "@/components/projects/create-project-form";
import { ProjectList } from "@/components/projects/project-list";
import { requireUser } from "@/lib/auth/current-user";
import { listProjects } from "@/lib/db/projects";
import { createProjectAction } from "./actions";

export const metadata: Metadata = { title: "Projects" };

const PAGE_SIZE = 20;

export default async function ProjectsPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const user = await requireUser();
  const page = Math.max(1, Number.parseInt((await searchParams).page ?? "1", 10) || 1);
  const { projects, total } = await listProjects(user.id, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));

  return (
    <>
      <PageHeader title="Projects" description="Each project holds a template or a planner plan for one device." />
      <Card className="mb-6">
        <CreateProjectForm create={createProjectAction} />
      </Card>
      <ProjectList projects={projects} />
      {pages > 1 ? (
        <nav aria-label="Pagination" className="mt-4 flex items-center justify-between text-sm">
          <span className="text-stone-500">
            Page {page} of {pages} · {total} projects
          </span>
          <span className="flex gap-2">
            {page > 1 ? <Link className={buttonClass("secondary", "sm")} href={`?page=${page - 1}`}>Previous</Link> : null}
            {page < pages ? <Link className={buttonClass("secondary", "sm")} href={`?page=${page + 1}`}>Next</Link> : null}
          </span>
        </nav>
      ) : null}
    </>
  );
}
