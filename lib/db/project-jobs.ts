// A project's render history (the project page), owner-scoped like every job read.
import { db } from "@/lib/db/client";

export type ProjectRender = {
  id: string;
  status: "pending" | "processing" | "completed" | "failed" | "cancelled";
  pageCount: number | null;
  createdAt: Date;
  profile: string | null;
  projectVersion: { number: number } | null;
};

export async function listRendersForProject(
  ownerId: string,
  projectId: string,
  limit = 10,
): Promise<{ renders: ProjectRender[]; total: number }> {
  const where = { ownerId, projectId };
  const [renders, total] = await Promise.all([
    db.pdfJob.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: limit,
      select: { id: true, status: true, pageCount: true, createdAt: true, profile: true, projectVersion: { select: { number: true } } },
    }),
    db.pdfJob.count({ where }),
  ]);
  return { renders, total };
}
