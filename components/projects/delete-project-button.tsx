"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/auth/action";

type Props = {
  project: { id: string; name: string };
  remove: (input: { id: string }) => Promise<ActionResult<{ id: string }>>;
};

export function DeleteProjectButton({ project, remove }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <Button
      variant="quietDanger"
      disabled={pending}
      onClick={() => {
        if (!window.confirm(`Delete “${project.name}”? Its finished PDFs stay in Jobs until they expire.`)) return;
        startTransition(async () => {
          const result = await remove({ id: project.id });
          if (!result.ok) {
            toast.error(result.error);
            return;
          }
          toast.success("Project deleted");
          router.push("/projects");
        });
      }}
    >
      {pending ? "Deleting…" : "Delete project"}
    </Button>
  );
}
