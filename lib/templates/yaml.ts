// Safe YAML loading (§2.1): CORE_SCHEMA + merge keys, no timestamps, no custom tags. Hard limits are
// checked on the raw text and the event stream before any value is materialised, so an alias bomb
// is rejected after one linear pass over its (small) event list.
import { CORE_SCHEMA, constructFromEvents, getScalarValue, mergeTag, parseEvents, YAMLException, type Event } from "js-yaml";
import type { Diagnostic } from "./diagnostics";
import { createLocator, type Locator } from "./yaml-locate";

export type YamlLimits = { maxInputBytes: number; maxAliasNodes: number; maxDepth: number };

export const DEFAULT_YAML_LIMITS: YamlLimits = {
  maxInputBytes: 32 * 1024 * 1024,
  maxAliasNodes: 10_000,
  maxDepth: 64,
};

export type ParsedYaml = { ok: true; value: unknown; locator: Locator } | { ok: false; diagnostics: Diagnostic[] };

const SCHEMA = CORE_SCHEMA.withTags(mergeTag);
const EV = { DOCUMENT: 1, SEQUENCE: 2, MAPPING: 3, SCALAR: 4, ALIAS: 5, POP: 6 } as const;

function limitError(message: string, line?: number): Diagnostic {
  return { severity: "error", code: "limit", path: "(root)", message, ...(line ? { line } : {}) };
}

function utf8Length(source: string): number {
  return new TextEncoder().encode(source).length;
}

function lineOf(source: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < source.length; i++) if (source.charCodeAt(i) === 10) line++;
  return line;
}

type Frame = { nodes: number; depth: number; anchor: string | undefined };

/** One pass over the events: nesting depth and nodes reached through aliases (billion laughs). */
function checkStructure(events: Event[], source: string, limits: YamlLimits): Diagnostic | undefined {
  const anchors = new Map<string, { nodes: number; depth: number }>();
  const stack: Frame[] = [];
  let expanded = 0;
  const anchorOf = (start: number, end: number) => (start >= 0 ? source.slice(start, end) : undefined);
  const addToParent = (nodes: number, depth: number) => {
    const parent = stack[stack.length - 1];
    if (!parent) return;
    parent.nodes += nodes;
    parent.depth = Math.max(parent.depth, depth);
  };
  for (const ev of events) {
    switch (ev.type) {
      case EV.DOCUMENT:
        stack.push({ nodes: 0, depth: 0, anchor: undefined });
        break;
      case EV.SEQUENCE:
      case EV.MAPPING: {
        stack.push({ nodes: 1, depth: 0, anchor: anchorOf(ev.anchorStart, ev.anchorEnd) });
        // stack[0] is the document frame, so collections nested n deep make length n + 1.
        if (stack.length - 1 > limits.maxDepth) {
          return limitError(`nesting depth exceeds limit of ${limits.maxDepth}`, lineOf(source, ev.start));
        }
        break;
      }
      case EV.SCALAR: {
        const anchor = anchorOf(ev.anchorStart, ev.anchorEnd);
        if (anchor !== undefined) anchors.set(anchor, { nodes: 1, depth: 0 });
        addToParent(1, 0);
        break;
      }
      case EV.ALIAS: {
        const target = anchors.get(source.slice(ev.anchorStart, ev.anchorEnd));
        if (!target) break; // undefined alias: reported by the constructor with its position
        expanded += target.nodes;
        if (expanded > limits.maxAliasNodes) {
          return limitError(`YAML aliases expand to more than ${limits.maxAliasNodes} nodes`, lineOf(source, ev.anchorStart));
        }
        if (stack.length - 1 + target.depth > limits.maxDepth) {
          return limitError(`nesting depth exceeds limit of ${limits.maxDepth}`, lineOf(source, ev.anchorStart));
        }
        addToParent(target.nodes, target.depth);
        break;
      }
      case EV.POP: {
        const frame = stack.pop();
        if (!frame || stack.length === 0) break; // document end
        if (frame.anchor !== undefined) anchors.set(frame.anchor, { nodes: frame.nodes, depth: frame.depth + 1 });
        addToParent(frame.nodes, frame.depth + 1);
        break;
      }
    }
  }
  return undefined;
}

function syntaxError(err: unknown, limits: YamlLimits): Diagnostic {
  if (err instanceof YAMLException) {
    const line = err.mark ? err.mark.line + 1 : undefined;
    const column = err.mark ? err.mark.column + 1 : undefined;
    if (/maxDepth/.test(err.reason)) {
      return limitError(`nesting depth exceeds limit of ${limits.maxDepth}`, line);
    }
    return {
      severity: "error",
      code: "schema",
      path: "(root)",
      message: `invalid YAML: ${err.reason}`,
      ...(line ? { line } : {}),
      ...(column ? { column } : {}),
    };
  }
  return { severity: "error", code: "schema", path: "(root)", message: "invalid YAML" };
}

export function parseYaml(input: string, limitsOverride: Partial<YamlLimits> = {}): ParsedYaml {
  const limits = { ...DEFAULT_YAML_LIMITS, ...limitsOverride };
  const source = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (source.length > limits.maxInputBytes || (source.length * 3 > limits.maxInputBytes && utf8Length(source) > limits.maxInputBytes)) {
    const limitMib = +(limits.maxInputBytes / (1024 * 1024)).toFixed(3);
    return { ok: false, diagnostics: [limitError(`input is larger than the limit of ${limitMib} MiB`)] };
  }
  let events: Event[];
  try {
    // The parser's own depth guard stops runaway recursion; our count (below) decides the message.
    events = parseEvents(source, { maxDepth: limits.maxDepth + 2 });
  } catch (err) {
    return { ok: false, diagnostics: [syntaxError(err, limits)] };
  }
  const structural = checkStructure(events, source, limits);
  if (structural) return { ok: false, diagnostics: [structural] };
  let documents: unknown[];
  try {
    documents = constructFromEvents(events, { source, schema: SCHEMA, maxTotalMergeKeys: limits.maxAliasNodes });
  } catch (err) {
    return { ok: false, diagnostics: [syntaxError(err, limits)] };
  }
  if (documents.length > 1) {
    return {
      ok: false,
      diagnostics: [{ severity: "error", code: "schema", path: "(root)", message: "must contain exactly one YAML document" }],
    };
  }
  return { ok: true, value: documents[0] ?? null, locator: createLocator(events, source, getScalarValue) };
}
