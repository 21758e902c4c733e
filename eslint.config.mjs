// ESLint (flat config), run by `npm run lint` and as part of `npm test`:
// Next's rules (core-web-vitals: react, react-hooks, jsx-a11y, import, @next/next) with its TypeScript
// rules (typescript-eslint's recommended), plus type-aware rules that catch promises nobody awaits.
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import tseslint from "typescript-eslint";

export default defineConfig([
  globalIgnores([".next/**", ".data/**", ".cache/**", "lib/generated/**", "node_modules/**", "next-env.d.ts", "test-results/**", "playwright-report/**", "coverage/**"]),
  ...nextVitals,
  ...nextTs,
  {
    // Type-aware rules: every .ts/.tsx file belongs to tsconfig.json.
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { "@typescript-eslint": tseslint.plugin },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
    },
  },
  {
    // Links go through components/ui/link (no viewport prefetch of the portal's dynamic pages: see there).
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}"],
    ignores: ["components/ui/link.tsx"],
    rules: {
      "no-restricted-imports": ["error", { paths: [{ name: "next/link", message: "Use @/components/ui/link (no viewport prefetch of dynamic pages)." }] }],
    },
  },
]);
