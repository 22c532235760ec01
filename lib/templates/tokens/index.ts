// Public surface of the token module (TEMPLATE_FORMAT.md §5). Browser-safe: no node: imports.
export * from "./dates";
export * from "./locales";
export * from "./format-spec";
export * from "./substitute";
export * from "./token-diagnostics";
export * from "./render-tokens";
export * from "./targets";
export * from "./auto-vars";
export * from "./bind";
