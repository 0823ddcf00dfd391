import {fileURLToPath} from "node:url";
import {defineConfig} from "vitest/config";

export default defineConfig({
  root: fileURLToPath(new URL("..", import.meta.url)),
  test: {
    include: ["tests/**/*.test.ts"],
    globalSetup: ["tests/helpers/globalSetup.ts"],
    reporters: ["default", "./tests/helpers/summaryReporter.ts"],
    // Builds and a browser run here: give them time, but bounded.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // Deterministic: one time zone and locale whatever the machine's.
    env: {TZ: "UTC", LANG: "en_GB.UTF-8", ASTRO_TELEMETRY_DISABLED: "1"},
  },
});
