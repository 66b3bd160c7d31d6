import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Reviewed fixtures (the transcripts) are never written by a plain run: a missing one fails.
    // `npx vitest run -u` writes them, for someone to read and commit.
    update: "none",
    projects: [
      {
        test: {
          name: "unit",
          include: ["test/unit/**/*.test.ts"],
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: "integration",
          include: ["test/integration/**/*.test.ts"],
          // Each file starts its own Prosody; one at a time keeps a 2-core machine honest.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
