import { defineConfig } from 'vitest/config';

// Dates are parsed in UTC everywhere; pin the zone so a test can never pass only in one time zone.
process.env.TZ = 'UTC';
process.env.ASTRO_TELEMETRY_DISABLED = '1';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/lib/**/*.test.ts', 'tests/schemas/**/*.test.ts', 'tests/content/**/*.test.ts'],
          // The small fixture sites are not finished writing; tests of the editorial standards ask for them.
          env: { BORDER_LINES_STANDARDS: 'off' },
        },
      },
      {
        test: {
          name: 'site',
          // Builds the site once, serves dist/ on a local port, then the build and browser tests read it.
          globalSetup: ['tests/support/global-setup.ts'],
          include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          // Two cores: one browser at a time keeps timings stable and avoids starving the server.
          fileParallelism: false,
        },
      },
    ],
  },
});
