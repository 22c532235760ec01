import type { Metadata } from "next";
import { Card, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { DeviceChooser } from "@/components/onboarding/device-chooser";
import { StartOptions } from "@/components/onboarding/start-options";
import { CreateProjectForm } from "@/components/projects/create-project-form";
import { ProjectList } from "@/components/projects/project-list";
import { requireUser } from "@/lib/auth/current-user";
import { listProjects } from "@/lib/db/projects";
import { getUserDevice } from "@/lib/db/users";
import { productName } from "@/lib/templates/profiles/product-names";
import { chooseDeviceAction } from "../../settings/device/actions";
import { createProjectAction } from "../actions";

export const metadata: Metadata = { title: "Projects" };

const PAGE_SIZE = 20;

export default async function ProjectsPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const user = await requireUser();
  const page = Math.max(1, Number.parseInt((await searchParams).page ?? "1", 10) || 1);
  const [{ projects, total }, device] = await Promise.all([
    listProjects(user.id, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
    getUserDevice(user.id),
  ]);
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));

  // First run: the device comes first, since every page size depends on it.
  if (!device && total === 0) {
    return (
      <>
        <PageHeader
          title="Welcome to Inkset"
          description="Which tablet do you write on? Planners are sized and checked for it. You can change it later in Settings."
        />
        <Card className="mb-6">
          <DeviceChooser current={null} choose={chooseDeviceAction} submitLabel="Continue" />
        </Card>
        <BlankProject />
      </>
    );
  }

  return (
    <>
      <PageHeader title="Projects" description="Each project holds a template or a planner for one device." />
      <Card className="mb-6">
        <h2 className="mb-3 text-lg font-semibold">Start something new</h2>
        <StartOptions device={productName(device ?? "")} />
      </Card>
      <BlankProject />
      {total > 0 ? <h2 className="mb-3 text-lg font-semibold">Your projects</h2> : null}
      <ProjectList projects={projects} />
      <Pagination page={page} pages={pages} total={total} noun="projects" href={(p) => `?page=${p}`} />
    </>
  );
}

function BlankProject() {
  return (
    <Card className="mb-6">
      <h2 className="mb-1 font-semibold">Blank page</h2>
      <p className="mb-3 text-sm text-stone-600 dark:text-stone-400">A ruled page sized for your device, to edit as YAML.</p>
      <CreateProjectForm create={createProjectAction} />
    </Card>
  );
}
