import { describe, expect, it } from 'vitest'
import { type CliOptions, parseCliOptions } from './cli-options.ts'

const DEFAULTS: CliOptions = {
  region: '64.08',
  outDir: '/repo/public/data',
  isOffline: false,
  isIfMissing: false,
  isEarlySnapshot: false,
  dataCache: undefined,
  dbUrl: undefined,
  sourcesFile: undefined,
  isHelp: false,
  demo: { seed: 42, demoDir: '/repo/data/demo/64.08' },
}

describe('parseCliOptions()', () => {
  it.each([
    ['no flags, as the defaults', [], {}, {}],
    [
      '--region, without the Kutai Timur demo',
      ['--region', '64.74'],
      {},
      { region: '64.74', demo: undefined },
    ],
    ['a relative --out, against the current folder', ['--out', 'tmp/out'], {}, { outDir: '/repo/tmp/out' }],
    ['--offline', ['--offline'], {}, { isOffline: true }],
    ['OFFLINE=1', [], { OFFLINE: '1' }, { isOffline: true }],
    ['OFFLINE=0 as online', [], { OFFLINE: '0' }, {}],
    ['--if-missing', ['--if-missing'], {}, { isIfMissing: true }],
    ['--early-snapshot', ['--early-snapshot'], {}, { isEarlySnapshot: true }],
    [
      'a relative DATA_CACHE, against the current folder',
      [],
      { DATA_CACHE: '../shared/data/upstream' },
      { dataCache: '/shared/data/upstream' },
    ],
    [
      '--db-url, without the demo so real data is never mixed with it',
      ['--db-url', 'postgres://u:p@localhost/db'],
      {},
      { dbUrl: 'postgres://u:p@localhost/db', demo: undefined },
    ],
    [
      '--db-url --demo',
      ['--db-url', 'postgres://u:p@localhost/db', '--demo'],
      {},
      { dbUrl: 'postgres://u:p@localhost/db' },
    ],
    ['--no-demo', ['--no-demo'], {}, { demo: undefined }],
    ['--seed', ['--seed', '7'], {}, { demo: { seed: 7, demoDir: '/repo/data/demo/64.08' } }],
    ['--sources', ['--sources', 'x.json'], {}, { sourcesFile: '/repo/x.json' }],
  ])('reads %s', (_case, argv, env, expected) => {
    expect(parseCliOptions(argv, env, '/repo')).toEqual({ ...DEFAULTS, ...expected })
  })

  it.each([
    ['an unknown flag', ['--regoin', '64.74'], /Unknown option '--regoin'/],
    ['--db-url without a value', ['--db-url'], /--db-url/],
    ['a positional argument', ['64.74'], /64\.74/],
    ['--demo with --no-demo', ['--demo', '--no-demo'], /exclude each other/],
    ['a seed that is not a whole number', ['--seed', '1.5'], /--seed must be a whole number/],
  ])('rejects %s with the usage text', (_case, argv, message) => {
    expect(() => parseCliOptions(argv, {}, '/repo')).toThrow(message)
    expect(() => parseCliOptions(argv, {}, '/repo')).toThrow(/Usage: npm run data/)
  })
})
