import next from "eslint-config-next";

export default [
  ...next,
  {
    ignores: [".next/**", "dist/**", "lib/generated/**", "node_modules/**", "bench/out/**", "data/**", "playwright-report/**", "test-results/**", "next-env.d.ts"],
  },
  {
    // Client components get data as props; the database never reaches the browser bundle.
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", { patterns: ["@/lib/db", "@/lib/db/*", "@/lib/generated/*"] }],
    },
  },
];
