// The error contract between the pipeline and Inngest: which errors may be retried, and how a
// permanently failed step is rebuilt on replay from the JSON Inngest stores (name/message/cause only).
import { NonRetriableError, StepError, serializeError } from "inngest";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { RenderCancelledError } from "@/lib/jobs/child-process";
import { fromStepFailure, toInngestError } from "@/lib/jobs/inngest-step-runner";
import { TemplateRenderError } from "@/lib/render-contract/types";

/** What the function sees on the next invocation after the step failed with `err`. */
const replayed = (err: unknown) => new StepError("render-and-upload", JSON.parse(JSON.stringify(serializeError(err))));

describe("toInngestError / fromStepFailure", () => {
  it("never retries a template error and restores it, diagnostics included", () => {
    const diagnostics = [{ severity: "error", code: "schema", path: "pages[2].widgets[0].link", message: 'no page named "month:13"' }];
    const original = new TemplateRenderError("TEMPLATE_INVALID", "Template is invalid", diagnostics as TemplateRenderError["diagnostics"]);
    const mapped = toInngestError(original);
    expect(mapped).toBeInstanceOf(NonRetriableError);
    expect((mapped as Error).message).toBe("Template is invalid");
    const back = fromStepFailure(replayed(mapped));
    expect(back).toBeInstanceOf(TemplateRenderError);
    expect(back).toMatchObject({ code: "TEMPLATE_INVALID", message: "Template is invalid", diagnostics });
  });

  it("never retries limits (non-retryable AppError) and restores code and message", () => {
    const mapped = toInngestError(new AppError("PAGE_LIMIT", "PDF has 1240 pages, exceeds limit of 1000"));
    expect(mapped).toBeInstanceOf(NonRetriableError);
    const back = fromStepFailure(replayed(mapped));
    expect(back).toBeInstanceOf(AppError);
    expect(back).toMatchObject({ code: "PAGE_LIMIT", message: "PDF has 1240 pages, exceeds limit of 1000", retryable: false });
  });

  it("never retries a cancelled render and restores the cancellation", () => {
    const mapped = toInngestError(new RenderCancelledError());
    expect(mapped).toBeInstanceOf(NonRetriableError);
    expect(fromStepFailure(replayed(mapped))).toBeInstanceOf(RenderCancelledError);
  });

  it("leaves transient errors retryable, and leaves them alone once retries ran out", () => {
    const outage = new AppError("UNAVAILABLE", "File storage is temporarily unavailable (upload); please try again.", undefined, true);
    expect(toInngestError(outage)).toBe(outage);
    const crash = new Error("socket hang up");
    expect(toInngestError(crash)).toBe(crash);
    const exhausted = replayed(outage);
    expect(fromStepFailure(exhausted)).toBe(exhausted); // the pipeline rethrows; onFailure marks the job
  });
});
