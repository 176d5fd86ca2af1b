import { describe, expect, it } from 'vitest'
import { parseImportCli, UsageError } from './cli-options.ts'

const DB = ['--db-url', 'postgres://ppd:ppd@127.0.0.1:5432/ppd_test']
const KEY = { PSEUDONYM_KEY: 'test-key-not-secret-0001' }

describe('parseImportCli()', () => {
  it('reads kind, file (resolved against the current folder), database and key', () => {
    expect(parseImportCli(['--kind', 'keluarga', '--file', 'data/k.csv', ...DB], KEY, '/work')).toEqual({
      kind: 'keluarga',
      file: '/work/data/k.csv',
      dbUrl: DB[1],
      pseudonymKey: KEY.PSEUDONYM_KEY,
      source: 'impor',
      dropRejected: false,
      replacePeriod: false,
      confirmRemove: undefined,
    })
  })

  it('reads a whole-period replacement and its confirmed row count', () => {
    const argv = [
      '--kind',
      'keluarga',
      '--file',
      'k.csv',
      ...DB,
      '--replace-period',
      '--confirm-remove',
      '129234',
    ]
    expect(parseImportCli(argv, KEY, '/')).toMatchObject({ replacePeriod: true, confirmRemove: 129234 })
  })

  it('reads --drop-rejected and --source demo, and needs no key for public data', () => {
    const options = parseImportCli(
      ['--kind', 'idm', '--file', 'i.csv', ...DB, '--drop-rejected', '--source', 'demo'],
      {},
      '/',
    )
    expect(options).toMatchObject({
      kind: 'idm',
      pseudonymKey: undefined,
      source: 'demo',
      dropRejected: true,
    })
  })

  it('answers help', () => {
    expect(parseImportCli(['--help'], {}, '/')).toBe('help')
  })

  it.each([
    ['no database', ['--kind', 'idm', '--file', 'i.csv'], {}, /No database: pass --db-url/],
    [
      'an unknown kind',
      ['--kind', 'desa', '--file', 'x.csv', ...DB],
      {},
      /must be one of: keluarga, penerima_bantuan/,
    ],
    ['no file', ['--kind', 'idm', ...DB], {}, /--file is required/],
    [
      'personal data without a key',
      ['--kind', 'penerima_bantuan', '--file', 'p.csv', ...DB],
      {},
      /set PSEUDONYM_KEY/,
    ],
    ['an unknown source', ['--kind', 'idm', '--file', 'i.csv', ...DB, '--source', 'x'], {}, /impor \| demo/],
    [
      'a confirmed count without --replace-period',
      ['--kind', 'keluarga', '--file', 'k.csv', ...DB, '--confirm-remove', '3'],
      KEY,
      /--confirm-remove needs --replace-period/,
    ],
    [
      'a count that is not a number',
      ['--kind', 'keluarga', '--file', 'k.csv', ...DB, '--replace-period', '--confirm-remove', 'all'],
      KEY,
      /a row count/,
    ],
    [
      'a whole-period replacement of public data',
      ['--kind', 'idm', '--file', 'i.csv', ...DB, '--replace-period'],
      {},
      /for personal data only/,
    ],
    ['an unknown flag', ['--kind', 'idm', '--file', 'i.csv', ...DB, '--fast'], {}, /--fast/],
  ])('refuses %s with a usage error', (_, argv, env, message) => {
    expect(() => parseImportCli(argv, env, '/')).toThrow(UsageError)
    expect(() => parseImportCli(argv, env, '/')).toThrow(message)
  })
})
