import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Card, PageHeader } from "@/components/ui/card";
import { DeleteProjectButton } from "@/components/projects/delete-project-button";
import { ProjectSettingsForm } from "@/components/projects/project-settings-form";
import { TemplateEditor } from "@/components/editor/template-editor";
import { RenderProjectButton } from "@/components/jobs/render-project-button";
import { BatchForm } from "@/components/batches/batch-form";
import { requireUser } from "@/lib/auth/current-user";
import { listProfiles, profilePageSize } from "@/lib/templates/profiles";
import { renderBatchAction } from "../../batches/actions";
import { BuilderProjectBar } from "@/components/builder/builder-project-bar";
import { getProjectForOwner } from "@/lib/db/projects";
import { plannerSummary } from "@/lib/planner/summary";
import { createNextYearAction, deleteProjectAction, updateProjectAction } from "../actions";
import { renderProjectAction } from "../../jobs/actions";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const user = await requireUser();
  const project = await getProjectForOwner(user.id, (await params).id);
  return { title: project?.name ?? "Project" };
}

export default async function ProjectPage({ params }: Props) {
  const user = await requireUser();
  const project = await getProjectForOwner(user.id, (await params).id);
  if (!project) notFound();

  return (
    <>
      <PageHeader
        title={project.name}
        description={project.description || `Device profile: ${project.deviceProfile}`}
        actions={<DeleteProjectButton project={project} remove={deleteProjectAction} />}
      />
      {project.plannerOptions ? (
        <BuilderProjectBar projectId={project.id} summary={plannerSummary(project.plannerOptions)} nextYear={createNextYearAction} eject={updateProjectAction} />
      ) : null}
      <Card className="mb-6">
        <ProjectSettingsForm project={project} update={updateProjectAction} />
      </Card>
      <Card>
        <TemplateEditor
          project={{ id: project.id, deviceProfile: project.deviceProfile, templateYaml: project.templateYaml }}
          save={updateProjectAction}
          renderButton={<RenderProjectButton projectId={project.id} renderProject={renderProjectAction} />}
        />
      </Card>
      <Card className="mt-6">
        <h2 className="mb-3 text-lg font-semibold">Render for several devices</h2>
        <BatchForm projectId={project.id} devices={deviceOptions()} current={project.deviceProfile} submit={renderBatchAction} />
      </Card>
    </>
  );
}

function deviceOptions() {
  return listProfiles().map((p) => {
    const { width, height } = profilePageSize(p);
    return { id: p.id, name: p.name, size: `${p.display.physical_size} · ${Math.round(width)}×${Math.round(height)} pt` };
  });
}
