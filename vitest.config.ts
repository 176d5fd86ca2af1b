import { defineConfig } from 'vitest/config'

/**
 * Two projects: `unit` (npm test) needs no system service and runs SQL on embedded PGlite + PostGIS;
 * `pg` (npm run test:pg) runs the same SQL tests on PostgreSQL 15 + PostGIS 3.3 (DATABASE_URL).
 * PGlite takes ~6 s to start and ~8 s to create PostGIS (NOTES.md), hence the long hook timeout.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'supabase/tests/**/*.test.ts'],
          exclude: ['**/*.pg.test.ts', 'node_modules/**'],
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
    ],
  },
})
