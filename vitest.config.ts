import path from "node:path";
import { defineConfig } from "vitest/config";

const root = path.dirname(new URL(import.meta.url).pathname);
const alias = {
  "@": root,
  // "server-only" throws outside React's server bundle; in tests every module is server-side.
  "server-only": path.join(root, "tests/helpers/empty-module.ts"),
};
const onPostgres = !!process.env.TEST_DATABASE_URL;

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node", sequence: { groupOrder: 0 } },
      },
      {
        resolve: { alias },
        // Renders documents with LibreOffice (soffice) and reads them back with pdftotext.
        test: { name: "documents", include: ["tests/documents/**/*.test.ts"], environment: "node", testTimeout: 60_000, hookTimeout: 240_000 },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/helpers/global-setup.ts"],
          setupFiles: ["tests/helpers/integration-setup.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // One PostgreSQL database is shared: its test files run one after the other.
          fileParallelism: !onPostgres,
          maxWorkers: onPostgres ? 1 : 2,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
