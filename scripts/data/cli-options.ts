/** Command-line flags and environment of `npm run data`, parsed into plain options (pure, tested). */
import path from 'node:path'
import { parseArgs } from 'node:util'
import { BuildError } from './build-error.ts'

/** Parsed flags; paths are absolute (relative ones resolve against the current directory). */
export interface CliOptions {
  region: string
  outDir: string
  isOffline: boolean
  isIfMissing: boolean
  /** Publish the boundaries first, then the rest (npm start serves the map meanwhile). */
  isEarlySnapshot: boolean
  dataCache: string | undefined
  dbUrl: string | undefined
  sourcesFile: string | undefined
  isHelp: boolean
  /** Generate and import the demo dataset: by default for Kutai Timur into the embedded database only. */
  demo: { seed: number; demoDir: string } | undefined
}

/** Default region: Kabupaten Kutai Timur. */
export const DEFAULT_REGION = '64.08'

/** Seed of the published demo dataset. */
export const DEFAULT_DEMO_SEED = 42

/** Usage text printed by `--help`. */
export const USAGE = `Usage: npm run data -- [options]
  --region <kode>    kabupaten/kota code (default ${DEFAULT_REGION}); must be pinned in data/sources.json
  --out <dir>        output folder (default public/data)
  --offline          never download (also OFFLINE=1); inputs must be in DATA_CACHE or data/cache
  --if-missing       exit at once if <out>/manifest.json is a current snapshot of --region
  --early-snapshot   publish the boundaries as soon as they are loaded, then the rest (npm start)
  --db-url <url>     load into this PostgreSQL/Supabase (upsert) instead of an embedded PGlite
  --sources <file>   sources manifest (default data/sources.json)
  --demo / --no-demo generate and import the synthetic demo dataset (default: on for ${DEFAULT_REGION}
                     in the embedded database, off with --db-url so real data is never mixed with it)
  --seed <n>         seed of the demo generator (default ${DEFAULT_DEMO_SEED})
Environment: DATA_CACHE=<folder laid out <owner>/<repo>/<commit>/<path>>, OFFLINE=1`

/** Parses argv (without node and script) and the environment. Unknown flags are an error. */
export function parseCliOptions(argv: readonly string[], env: NodeJS.ProcessEnv, cwd: string): CliOptions {
  let values: ReturnType<typeof parse>['values']
  try {
    values = parse(argv).values
  } catch (error) {
    throw new BuildError((error as Error).message, { hint: USAGE })
  }
  const resolve = (value: string | undefined) => (value ? path.resolve(cwd, value) : undefined)
  const region = values.region ?? DEFAULT_REGION
  if (values.demo && values['no-demo'])
    throw new BuildError('--demo and --no-demo exclude each other', { hint: USAGE })
  const seed = Number(values.seed ?? DEFAULT_DEMO_SEED)
  if (!Number.isSafeInteger(seed) || seed < 0) {
    throw new BuildError(`--seed must be a whole number ≥ 0, got "${values.seed}"`, { hint: USAGE })
  }
  const isDemo =
    values.demo === true || (values['no-demo'] !== true && region === DEFAULT_REGION && !values['db-url'])
  return {
    region,
    outDir: resolve(values.out) ?? path.resolve(cwd, 'public/data'),
    isOffline: values.offline === true || env.OFFLINE === '1' || env.OFFLINE === 'true',
    isIfMissing: values['if-missing'] === true,
    isEarlySnapshot: values['early-snapshot'] === true,
    dataCache: resolve(env.DATA_CACHE),
    dbUrl: values['db-url'],
    sourcesFile: resolve(values.sources),
    isHelp: values.help === true,
    demo: isDemo ? { seed, demoDir: path.resolve(cwd, 'data/demo', region) } : undefined,
  }
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: false,
    options: {
      region: { type: 'string' },
      out: { type: 'string' },
      offline: { type: 'boolean' },
      'if-missing': { type: 'boolean' },
      'early-snapshot': { type: 'boolean' },
      'db-url': { type: 'string' },
      sources: { type: 'string' },
      demo: { type: 'boolean' },
      'no-demo': { type: 'boolean' },
      seed: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  })
}
