import { describe, expect, it } from 'vitest'
import { type CliOptions, parseCliOptions } from './cli-options.ts'

const DEFAULTS: CliOptions = {
  region: '64.08',
  outDir: '/repo/public/data',
  isOffline: false,
  isIfMissing: false,
  dataCache: undefined,
  dbUrl: undefined,
  sourcesFile: undefined,
  isHelp: false,
}

describe('parseCliOptions()', () => {
  it.each([
    ['no flags, as the defaults', [], {}, {}],
    ['--region', ['--region', '64.74'], {}, { region: '64.74' }],
    ['a relative --out, against the current folder', ['--out', 'tmp/out'], {}, { outDir: '/repo/tmp/out' }],
    ['--offline', ['--offline'], {}, { isOffline: true }],
    ['OFFLINE=1', [], { OFFLINE: '1' }, { isOffline: true }],
    ['OFFLINE=0 as online', [], { OFFLINE: '0' }, {}],
    ['--if-missing', ['--if-missing'], {}, { isIfMissing: true }],
    [
      'a relative DATA_CACHE, against the current folder',
      [],
      { DATA_CACHE: '../shared/data/upstream' },
      { dataCache: '/shared/data/upstream' },
    ],
    ['--db-url', ['--db-url', 'postgres://u:p@localhost/db'], {}, { dbUrl: 'postgres://u:p@localhost/db' }],
    ['--sources', ['--sources', 'x.json'], {}, { sourcesFile: '/repo/x.json' }],
  ])('reads %s', (_case, argv, env, expected) => {
    expect(parseCliOptions(argv, env, '/repo')).toEqual({ ...DEFAULTS, ...expected })
  })

  it.each([
    ['an unknown flag', ['--regoin', '64.74'], /Unknown option '--regoin'/],
    ['--db-url without a value', ['--db-url'], /--db-url/],
    ['a positional argument', ['64.74'], /64\.74/],
  ])('rejects %s with the usage text', (_case, argv, message) => {
    expect(() => parseCliOptions(argv, {}, '/repo')).toThrow(message)
    expect(() => parseCliOptions(argv, {}, '/repo')).toThrow(/Usage: npm run data/)
  })
})
