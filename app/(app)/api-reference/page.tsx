import type { Metadata } from "next";
import type { OpenAPIV3_1 } from "openapi-types";
import Link from "next/link";
import { ApiReference } from "@/components/api-reference/api-reference";
import { PageHeader } from "@/components/ui/card";
import { openApiDocument } from "@/lib/openapi/document";

export const metadata: Metadata = { title: "API reference" };

export default function ApiReferencePage() {
  const doc = openApiDocument() as OpenAPIV3_1.Document;
  return (
    <>
      <PageHeader
        title="API reference"
        description="Every endpoint, generated from the schemas the server validates with."
        actions={
          <>
            <a
              href="/api/openapi.json"
              className="rounded-md border border-stone-300 px-3 py-1.5 text-sm font-medium hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800"
            >
              openapi.json
            </a>
            <Link
              href="/settings/api-tokens"
              className="rounded-md border border-stone-300 px-3 py-1.5 text-sm font-medium hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800"
            >
              Get a token
            </Link>
          </>
        }
      />
      <ApiReference doc={doc} />
    </>
  );
}
