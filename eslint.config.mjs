import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    // Type-aware rules: a promise nobody awaits or handles, or one handed to something that
    // expects a plain function (an event handler, a callback), loses its errors silently.
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": "error",
    },
  },
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
    },
  },
  // eslint-config-next ignores build/ (an output folder elsewhere); here it holds source: the build step and its loader.
  globalIgnores(["!build/**"]),
  globalIgnores([".next/**", ".contentlayer/**", "node_modules/**", "test-results/**", "playwright-report/**", "next-env.d.ts"]),
]);
