import type { Metadata } from "next";
import { PlannerBuilder } from "@/components/builder/planner-builder";
import { PageHeader } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/current-user";
import { getUserDevice } from "@/lib/db/users";
import { env } from "@/lib/env";
import { defaultPlannerStart } from "@/lib/planner/default-start";
import { listPlannerDevices } from "@/lib/planner/devices";
import { THEME_LIST } from "@/lib/planner/themes";
import { createProjectAction } from "../projects/actions";

export const metadata: Metadata = { title: "Planner builder" };

export default async function BuilderPage() {
  const user = await requireUser();
  const device = (await getUserDevice(user.id)) ?? "remarkable-2";
  return (
    <>
      <PageHeader
        title="Planner builder"
        description="Choose your tablet, dates and pages: get a tabbed, fully hyperlinked planner without writing YAML. The preview is drawn by the same renderer as your PDF."
      />
      <PlannerBuilder
        devices={listPlannerDevices()}
        themes={THEME_LIST.map(({ id, label, description }) => ({ id, label, description }))}
        initial={{ start: defaultPlannerStart(), device_profile: device, months: 12 }}
        maxPages={env.MAX_PDF_PAGES}
        mode={{ kind: "create", create: createProjectAction }}
      />
    </>
  );
}
