import { availableParallelism } from 'node:os'
import { defineConfig } from 'vitest/config'

/**
 * The test files that read what `npm run data` builds (public/data, public/local, data/demo, the rounded
 * cells): the `snapshot` project. CI runs `unit` beside the data build and `snapshot` after it, since these
 * skip (with a reason) while the build has not written its files. `snapshot-tests.test.ts` fails when a
 * test file that reads build output is missing here.
 */
export const SNAPSHOT_TESTS = [
  'scripts/data/published-snapshot.test.ts',
  'scripts/data/published-dana-desa.test.ts',
  'scripts/data/planner-demo-reversal.test.ts',
  'scripts/data/disclosure/attack.test.ts',
  'scripts/demo/dana-desa.test.ts',
  'scripts/demo/generate-demo.test.ts',
  'scripts/demo/idm.test.ts',
  'scripts/demo/population.test.ts',
  'scripts/demo/read-regions.test.ts',
] as const

/**
 * Four projects: `unit` and `snapshot` (together npm test) need no system service and run SQL on embedded
 * PGlite + PostGIS, `snapshot` being the files that read the data build's output (above);
 * `pg` (npm run test:pg) runs the same SQL tests on PostgreSQL 15 + PostGIS 3.3 (DATABASE_URL);
 * `e2e` (npm run test:e2e) drives the built app in Debian's Chromium.
 * PGlite takes ~6 s to start and ~8 s to create PostGIS (measured on 2 cores): the unit project builds one migrated
 * template first and every test file loads it (~3 s); the hook timeout stays long for loaded machines.
 * Vitest's default is one worker per core but one, which is a single worker on CI's 2 cores: the unit
 * files run on every core instead (they share nothing but the read-only template; ~1 GB per PGlite).
 * `UNIT_WORKERS` overrides it: CI runs `unit` with 1 while the single-threaded data build has the other core.
 */
const UNIT_WORKERS = Number(process.env.UNIT_WORKERS ?? Math.max(2, availableParallelism()))
const E2E_WORKERS = Number(process.env.E2E_WORKERS ?? 2)
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'supabase/tests/**/*.test.ts'],
          exclude: ['**/*.pg.test.ts', 'node_modules/**', ...SNAPSHOT_TESTS],
          // One migrated PGlite for every test file (scripts/db/pglite-template.ts).
          globalSetup: ['scripts/db/pglite-template.setup.ts'],
          maxWorkers: UNIT_WORKERS,
          hookTimeout: 120_000,
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'snapshot',
          include: [...SNAPSHOT_TESTS],
          globalSetup: ['scripts/db/pglite-template.setup.ts'],
          maxWorkers: UNIT_WORKERS,
          hookTimeout: 120_000,
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'pg',
          include: ['supabase/tests/**/*.pg.test.ts', 'scripts/**/*.pg.test.ts'],
          hookTimeout: 120_000,
          testTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.ts'],
          hookTimeout: 120_000,
          testTimeout: 60_000,
          // Two files at a time: each has its own Chromium, preview server (a free port) and fresh
          // browser contexts, and much of a file's time is waiting on the page, not the CPU.
          maxWorkers: E2E_WORKERS,
        },
      },
    ],
  },
})
