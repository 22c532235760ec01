import { Text } from "@uiw/react-codemirror";
import { describe, expect, it } from "vitest";
import { toEditorDiagnostics } from "./yaml-editor";

const doc = Text.of(["metadata:", "  name: x", "widgets:", "  - {id: a, position: {width: -5}}"]);

describe("toEditorDiagnostics", () => {
  it("marks from the diagnostic's column to the end of its line, with path and message", () => {
    const [d] = toEditorDiagnostics(
      [{ severity: "error", code: "schema", path: "widgets[0].position.width", message: "must be > 0", line: 4, column: 5 }],
      doc,
    );
    const line4 = doc.line(4);
    expect(d).toEqual({
      from: line4.from + 4,
      to: line4.to,
      severity: "error",
      source: "schema",
      message: "widgets[0].position.width: must be > 0",
    });
  });

  it("puts diagnostics without a position on the first line and clamps positions past the end to the whole last line", () => {
    const [root, past] = toEditorDiagnostics(
      [
        { severity: "warning", code: "lint", path: "(root)", message: "m" },
        { severity: "info", code: "lint", path: "x", message: "m", line: 99, column: 500 },
      ],
      doc,
    );
    expect(root).toMatchObject({ from: 0, to: doc.line(1).to, severity: "warning" });
    expect(past).toMatchObject({ from: doc.line(4).from, to: doc.length, severity: "info" });
  });
});
