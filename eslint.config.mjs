import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_", ignoreRestSiblings: true }],
    },
  },
  // eslint-config-next ignores build/ (an output folder elsewhere); here it holds source: the build step and its loader.
  globalIgnores(["!build/**"]),
  globalIgnores([".next/**", ".contentlayer/**", "node_modules/**", "test-results/**", "playwright-report/**", "next-env.d.ts"]),
]);
