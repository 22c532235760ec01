import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Card, PageHeader } from "@/components/ui/card";
import { DeleteProjectButton } from "@/components/projects/delete-project-button";
import { ProjectSettingsForm } from "@/components/projects/project-settings-form";
import { RenderHistory } from "@/components/projects/render-history";
import { TemplateEditor } from "@/components/editor/template-editor";
import { BatchForm } from "@/components/batches/batch-form";
import { batchDeviceOptions } from "@/lib/jobs/batch-devices";
import { BuilderProjectBar } from "@/components/builder/builder-project-bar";
import { requireUser } from "@/lib/auth/current-user";
import { listRendersForProject } from "@/lib/db/project-jobs";
import { getProjectForOwner } from "@/lib/db/projects";
import { plannerSummary } from "@/lib/planner/summary";
import { productName } from "@/lib/templates/profiles/product-names";
import { renderBatchAction } from "../../batches/actions";
import { renderProjectAction } from "../../jobs/actions";
import { createNextYearAction, deleteProjectAction, restoreVersionAction, updateProjectAction } from "../actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ page?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const user = await requireUser();
  const project = await getProjectForOwner(user.id, (await params).id);
  return { title: project?.name ?? "Not found" };
}

export default async function ProjectPage({ params, searchParams }: Props) {
  const user = await requireUser();
  const { id } = await params;
  // `?page=N` (from a finished job's page view): open the canvas on that page of the plan.
  const pageParam = Number((await searchParams).page);
  const openPage = Number.isInteger(pageParam) && pageParam >= 1 && pageParam <= 100_000 ? pageParam : undefined;
  const [project, history] = await Promise.all([getProjectForOwner(user.id, id), listRendersForProject(user.id, id)]);
  if (!project) notFound();

  return (
    <>
      <PageHeader
        title={project.name}
        description={[productName(project.deviceProfile), project.description].filter(Boolean).join(" · ")}
      />
      {project.plannerOptions ? (
        <BuilderProjectBar
          projectId={project.id}
          summary={plannerSummary(project.plannerOptions)}
          nextYear={createNextYearAction}
          eject={updateProjectAction}
        />
      ) : null}
      <Card className="mb-6 p-3 sm:p-5">
        <TemplateEditor
          project={{ id: project.id, deviceProfile: project.deviceProfile, templateYaml: project.templateYaml }}
          save={updateProjectAction}
          restore={restoreVersionAction}
          renderProject={renderProjectAction}
          openPage={openPage}
        />
      </Card>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <Card>
          <RenderHistory projectId={project.id} renders={history.renders} total={history.total} />
        </Card>
        <Card>
          <h2 className="mb-3 text-lg font-semibold">Project details</h2>
          <ProjectSettingsForm project={project} update={updateProjectAction} />
          <div className="mt-6 border-t border-stone-200 pt-4 dark:border-stone-800">
            <DeleteProjectButton project={project} remove={deleteProjectAction} />
          </div>
        </Card>
      </div>
      <Card className="mt-6">
        <h2 className="mb-3 text-lg font-semibold">Render for several devices</h2>
        <BatchForm projectId={project.id} devices={batchDeviceOptions()} current={project.deviceProfile} submit={renderBatchAction} />
      </Card>
    </>
  );
}
