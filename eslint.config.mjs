import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

// The import arrows of STYLE.md, enforced: db/ is reached only through lib/dal/ (and the seed,
// which lives in db/); lib/domain/ is pure and knows nothing of next, react, drizzle or the DAL.
const dbImports = {
  group: ["@/db", "@/db/*", "**/db/*", "**/db/**"],
  message: "Only lib/dal/ may import db/: read and write through the data-access layer.",
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
      "no-restricted-imports": ["error", { patterns: [dbImports] }],
      // Server actions receive the previous form state first; `_state` marks it unused on purpose.
      "@typescript-eslint/no-unused-vars": ["warn", { argsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["lib/dal/**", "db/**", "drizzle.config.ts", "test/**", "scripts/**"],
    rules: { "no-restricted-imports": "off" },
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
