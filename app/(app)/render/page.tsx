import type { Metadata } from "next";
import { RenderYamlForm } from "@/components/jobs/render-yaml-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/current-user";
import { getNotifyEmail } from "@/lib/db/users";
import { env } from "@/lib/env";
import { requestRenderAction } from "../jobs/actions";

export const metadata: Metadata = { title: "Render YAML" };

export default async function RenderPage() {
  const user = await requireUser();
  return (
    <>
      <PageHeader
        title="Render YAML"
        description={`Paste a template or project document. Up to ${env.MAX_PDF_PAGES.toLocaleString("en")} pages and ${env.MAX_PDF_SIZE_MB} MB per PDF.`}
      />
      <Card>
        <RenderYamlForm requestRender={requestRenderAction} emailByDefault={await getNotifyEmail(user.id)} />
      </Card>
    </>
  );
}
