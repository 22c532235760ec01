import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PlannerBuilder } from "@/components/builder/planner-builder";
import { buttonClass } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/current-user";
import { getProjectForOwner } from "@/lib/db/projects";
import { env } from "@/lib/env";
import { listPlannerDevices } from "@/lib/planner/devices";
import { plannerOptionsSchema } from "@/lib/planner/schema";
import { THEME_LIST } from "@/lib/planner/themes";
import { updateProjectAction } from "../../projects/actions";

export const metadata: Metadata = { title: "Edit planner options" };

type Props = { params: Promise<{ id: string }> };

export default async function EditPlannerPage({ params }: Props) {
  const user = await requireUser();
  const project = await getProjectForOwner(user.id, (await params).id);
  if (!project) notFound();
  const options = plannerOptionsSchema.safeParse(project.plannerOptions);
  return (
    <>
      <PageHeader
        title={`Options: ${project.name}`}
        description="Saving regenerates the planner's YAML from these options."
        actions={
          <Link href={`/projects/${project.id}`} className={buttonClass("secondary")}>
            Back to project
          </Link>
        }
      />
      {options.success ? (
        <PlannerBuilder
          devices={listPlannerDevices()}
          themes={THEME_LIST.map(({ id, label, description }) => ({ id, label, description }))}
          initial={options.data}
          maxPages={env.MAX_PDF_PAGES}
          mode={{ kind: "edit", projectId: project.id, name: project.name, update: updateProjectAction }}
        />
      ) : (
        <EmptyState title="This project has no builder options">
          It was written in YAML or ejected from the builder, so it is edited in the YAML editor.{" "}
          <Link className="underline" href="/builder">
            Build a new planner
          </Link>
          .
        </EmptyState>
      )}
    </>
  );
}
