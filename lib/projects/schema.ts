import { z } from "zod";
import { strictBody } from "@/lib/api-input";
import { plannerOptionsSchema } from "@/lib/planner/schema";
import { getProfile } from "@/lib/templates/profiles";

// One schema per operation, shared by the REST API, the server actions and the forms.
const name = z.string().trim().min(1, "must not be empty").max(100, "must be at most 100 characters");
const description = z.string().trim().max(500, "must be at most 500 characters");
const deviceProfile = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9][a-z0-9._-]*$/, "must be a device profile id")
  // A project saved with an unknown device would only fail later, at every render.
  .refine((id) => getProfile(id) !== undefined, "unknown device profile; GET /api/profiles lists the available ones");
const templateYaml = z.string().max(32 * 1024 * 1024, "must be at most 32 MiB");

const fields = {
  name,
  description: description.optional(),
  device_profile: deviceProfile.optional(),
  template_yaml: templateYaml.optional(),
};

// `planner`: builder options (docs/planner-builder.md); the YAML is generated from them.
export const createProjectSchema = strictBody({ ...fields, planner: plannerOptionsSchema.optional() }).refine(
  (v) => !(v.planner && v.template_yaml !== undefined),
  {
    message: "send either planner or template_yaml, not both",
    path: ["template_yaml"],
  },
);
export type CreateProjectInput = z.infer<typeof createProjectSchema>;

// On update `planner` is merged into the stored options and validated after the merge (lib/projects/
// planner.ts); `null` ejects: the YAML stays and stops being generated.
export const updateProjectSchema = strictBody({
  ...fields,
  name: name.optional(),
  planner: z.record(z.string(), z.unknown()).nullable().optional(),
}).refine((v) => Object.values(v).some((x) => x !== undefined), {
  message: "provide at least one of name, description, device_profile, template_yaml, planner",
  // Only for an otherwise valid body: an unknown field is the one thing to say about `{"nme": "x"}`.
  when: (payload) => payload.issues.length === 0,
});
export type UpdateProjectInput = z.infer<typeof updateProjectSchema>;

/** snake_case API input → the data layer's camelCase fields (`planner` is lib/projects/planner.ts's). */
export function toProjectData(input: Omit<UpdateProjectInput, "planner">) {
  return {
    name: input.name,
    description: input.description,
    deviceProfile: input.device_profile,
    templateYaml: input.template_yaml,
  };
}

// What the API answers for a project; template_yaml only on the single-project view.
export const projectJsonSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string(),
    device_profile: z.string(),
    planner: z
      .record(z.string(), z.unknown())
      .nullable()
      .meta({ description: "The planner-builder options the YAML is generated from; null for hand-written (or ejected) YAML." }),
    created_at: z.iso.datetime(),
    updated_at: z.iso.datetime(),
    template_yaml: z.string().optional(),
  })
  .meta({ id: "Project" });
export type ProjectJson = z.infer<typeof projectJsonSchema>;

/** One saved version of a project (GET /api/projects/{id}/versions); the YAML only on the single-version view. */
export const projectVersionJsonSchema = z
  .object({
    number: z.number().int().meta({ description: "1 for the first save, then one more per save that changed the YAML or device." }),
    device_profile: z.string(),
    created_at: z.iso.datetime(),
    author: z.string().nullable().meta({ description: "Who saved it (name or e-mail); null once that account is gone." }),
    restored_from: z.number().int().nullable().meta({ description: "The earlier version this one restored, if it is a restore." }),
    template_yaml: z.string().optional(),
  })
  .meta({ id: "ProjectVersion" });
export type ProjectVersionJson = z.infer<typeof projectVersionJsonSchema>;
