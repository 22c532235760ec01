import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Card, PageHeader } from "@/components/ui/card";
import { DeleteProjectButton } from "@/components/projects/delete-project-button";
import { ProjectSettingsForm } from "@/components/projects/project-settings-form";
import { RenderHistory } from "@/components/projects/render-history";
import { TemplateEditor } from "@/components/editor/template-editor";
import { requireUser } from "@/lib/auth/current-user";
import { listRendersForProject } from "@/lib/db/project-jobs";
import { getProjectForOwner } from "@/lib/db/projects";
import { productName } from "@/lib/templates/profiles/product-names";
import { deleteProjectAction, restoreVersionAction, updateProjectAction } from "../actions";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const user = await requireUser();
  const project = await getProjectForOwner(user.id, (await params).id);
  return { title: project?.name ?? "Not found" };
}

export default async function ProjectPage({ params }: Props) {
  const user = await requireUser();
  const { id } = await params;
  const [project, history] = await Promise.all([getProjectForOwner(user.id, id), listRendersForProject(user.id, id)]);
  if (!project) notFound();

  return (
    <>
      <PageHeader title={project.name} description={[productName(project.deviceProfile), project.description].filter(Boolean).join(" · ")} />
      <Card className="mb-6 p-3 sm:p-5">
        <TemplateEditor
          project={{ id: project.id, deviceProfile: project.deviceProfile, templateYaml: project.templateYaml }}
          save={updateProjectAction}
          restore={restoreVersionAction}
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
    </>
  );
}
