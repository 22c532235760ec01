// Public surface of the token module (docs/template-language §5). Browser-safe: no node: imports.
export * from "./dates";
export * from "./locales";
export * from "./format-spec";
export * from "./substitute";
export * from "./token-diagnostics";
export * from "./render-tokens";
export * from "./targets";
export * from "./auto-vars";
export * from "./bind";
