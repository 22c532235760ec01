// Between the canvas and the CodeMirror text: canvas edits become one small change (so undo, the
// cursor and the author's scroll position survive), and a picked widget is shown in the text.
import type { EditorView } from "@uiw/react-codemirror";

/** The single replacement that turns `before` into `after` (common prefix and suffix kept). */
export function minimalChange(before: string, after: string): { from: number; to: number; insert: string } {
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (end < max - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  return { from: start, to: before.length - end, insert: after.slice(start, after.length - end) };
}

/** Scrolls the text to a line and puts the cursor there, without taking focus from the canvas. */
export function revealLine(view: EditorView | null, line: number) {
  if (!view) return;
  const l = view.state.doc.line(Math.min(Math.max(line, 1), view.state.doc.lines));
  view.dispatch({ selection: { anchor: l.from }, scrollIntoView: true });
}
