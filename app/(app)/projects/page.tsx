import type { Metadata } from "next";
import { Card, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
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
      <Pagination page={page} pages={pages} total={total} noun="projects" href={(p) => `?page=${p}`} />
    </>
  );
}
