import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

// The import arrows of STYLE.md, enforced:
// - db/ is reached only through lib/dal/ (and the seed, which lives in db/);
// - lib/dal/internal/ (loaders, the database handle, the audit writer) only from lib/dal/ itself:
//   routes, components and everything else call the public data-access modules, which resolve
//   the viewer, ask the policy and audit;
// - lib/domain/ is pure and knows nothing of next, react, drizzle or the DAL.
const dbImports = {
  group: ["@/db", "@/db/*", "**/db/*", "**/db/**"],
  message: "Only lib/dal/ may import db/: read and write through the data-access layer.",
};
const dalInternals = {
  group: ["@/lib/dal/internal", "@/lib/dal/internal/*", "**/dal/internal", "**/dal/internal/*", "@/lib/dal/database"],
  message: "lib/dal/internal/ is the data-access layer's own: call a public module of lib/dal/ instead.",
};

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  globalIgnores([
    ".next/**",
    "node_modules/**",
    ".data/**",
    "next-env.d.ts",
    "test-results/**",
    "playwright-report/**",
  ]),
  {
    rules: {
      "no-restricted-imports": ["error", { patterns: [dbImports, dalInternals] }],
      // 120 columns, as Prettier formats; strings, templates and URLs may run longer (Prettier
      // does not break them), comments may not.
      "max-len": [
        "error",
        { code: 120, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true, ignoreUrls: true },
      ],
      // Server actions receive the previous form state first; `_state` marks it unused on purpose.
      "@typescript-eslint/no-unused-vars": ["warn", { argsIgnorePattern: "^_" }],
    },
  },
  {
    // The seed, the migration config and the scripts work on the database itself.
    files: ["db/**", "drizzle.config.ts", "scripts/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [dalInternals] }] },
  },
  {
    files: ["lib/dal/**", "test/**"],
    rules: { "no-restricted-imports": "off" },
  },
  {
    // Every journey runs under the page checks (valid HTML, nothing sideways on a phone).
    files: ["e2e/**/*.spec.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [dbImports, dalInternals],
          paths: [
            {
              name: "@playwright/test",
              importNames: ["test", "expect"],
              message: "Import test and expect from ./support/page-checks: every page a journey opens is checked.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["lib/domain/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            dbImports,
            {
              group: [
                "next",
                "next/*",
                "next-auth",
                "next-auth/*",
                "react",
                "react/*",
                "react-dom",
                "react-dom/*",
                "drizzle-orm",
                "drizzle-orm/*",
                "@/lib/dal",
                "@/lib/dal/*",
                "**/dal/*",
              ],
              message: "lib/domain/ holds pure rules: no framework, database or data-access imports.",
            },
          ],
        },
      ],
    },
  },
]);
