import { redirect } from "next/navigation";
import { DOCS_BASE } from "@/lib/docs/sections";

export default function DocsIndex() {
  redirect(DOCS_BASE);
}
