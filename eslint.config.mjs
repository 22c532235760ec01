import next from "eslint-config-next";

const config = [
  ...next,
  {
    ignores: [
      ".next/**",
      "dist/**",
      "lib/generated/**",
      "node_modules/**",
      "bench/out/**",
      "data/**",
      "playwright-report/**",
      "test-results/**",
      "next-env.d.ts",
    ],
  },
  {
    // Client components get data and server actions as props (the page imports its actions.ts and
    // hands them down); the database never reaches the browser bundle.
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@/lib/db", "@/lib/db/*", "@/lib/generated/*"], message: "Components get data as props." },
            // A type (`typeof someAction`) is fine: it is erased and keeps the prop in step with the action.
            { group: ["@/app/*"], allowTypeImports: true, message: "The page hands server actions down as props." },
          ],
        },
      ],
    },
  },
  {
    // Playwright fixtures call `use()`, which is not React's hook.
    files: ["e2e/**/*.ts"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  {
    // Configuration is read in one place (lib/env.ts), validated, and passed around typed.
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}", "inngest/**/*.ts"],
    ignores: ["lib/env.ts", "**/*.test.ts", "**/*.test.tsx"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "MemberExpression[object.name='process'][property.name='env']",
          message: "Read configuration through `env` from @/lib/env.",
        },
      ],
    },
  },
];

export default config;
