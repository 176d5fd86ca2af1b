import { cp, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import {
  assertCodesMatch,
  checkNames,
  loadReferenceNames,
  normaliseName,
  parseCsv,
  type ReferenceNames,
} from './reference-names.ts'
import { sha256Hex } from './sha256.ts'
import { loadSources } from './sources.ts'
import { FIXTURE_NAMES_DIR, makeFixtureSources, makeTempDir, removeTempDirs } from './testing/fixtures.ts'

afterAll(removeTempDirs)

describe('parseCsv()', () => {
  it.each([
    [
      'plain fields',
      'a,b\n1,2\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    ['a quoted comma', '1,"Kota Contoh, Fiksi"\n', [['1', 'Kota Contoh, Fiksi']]],
    ['escaped quotes', '1,"Soka""an"\n', [['1', 'Soka"an']]],
    ['a quoted newline', '1,"a\nb"\n', [['1', 'a\nb']]],
    [
      'CRLF line ends and no final newline',
      'a,b\r\n1,2',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    ['an empty field', '1,,3\n', [['1', '', '3']]],
  ])('reads %s', (_case, text, expected) => {
    expect(parseCsv(text)).toEqual(expected)
  })
})

describe('normaliseName()', () => {
  it.each([
    ['Api-api', 'api api'],
    ['  API   API ', 'api api'],
    ["Teluk Ma'ruf", 'teluk ma ruf'],
    ['Désa', 'desa'],
  ])('turns %s into %s', (name, expected) => {
    expect(normaliseName(name)).toBe(expected)
  })
})

describe('loadReferenceNames()', () => {
  const sources = makeFixtureSources()

  it('keeps the kabupaten, its kecamatan and villages, unquoting CSV fields', async () => {
    const names = await loadReferenceNames(sources.names, '99.01', FIXTURE_NAMES_DIR)
    expect(names.kabupaten).toEqual({ kode: '99.01', nama: 'Kabupaten Contoh' })
    expect([...names.kecamatan.keys()]).toEqual(['99.01.01', '99.01.02'])
    expect(names.villages.size).toBe(5)
    expect(names.villages.get('99.01.02.2002')).toBe("Teluk Ma'ruf")
  })

  it('reads the installed idn-area-data with its pinned checksums (64.08: 18 kecamatan, 141 villages)', async () => {
    const names = await loadReferenceNames((await loadSources()).names, '64.08')
    expect([names.kabupaten.nama, names.kecamatan.size, names.villages.size]).toEqual([
      'Kabupaten Kutai Timur',
      18,
      141,
    ])
  })

  it.each([
    [
      'a version other than the pinned one',
      { version: '9.9.9' },
      /is 0\.0\.0-fixture, data\/sources\.json pins 9\.9\.9.*npm ci/s,
    ],
    [
      'a CSV whose checksum differs from the pin',
      { files: { ...sources.names.files, villages: { path: 'data/villages.csv', sha256: 'a'.repeat(64) } } },
      /villages\.csv: sha256 is .* pins a{64}/,
    ],
  ])('stops on %s', async (_case, override, message) => {
    await expect(
      loadReferenceNames({ ...sources.names, ...override }, '99.01', FIXTURE_NAMES_DIR),
    ).rejects.toThrow(message)
  })

  it('stops on a kabupaten missing from regencies.csv', async () => {
    await expect(loadReferenceNames(sources.names, '99.09', FIXTURE_NAMES_DIR)).rejects.toThrow(
      /99\.09 is not in data\/regencies\.csv/,
    )
  })

  it('stops on a CSV header it does not know, naming line 1', async () => {
    const dir = await makeTempDir()
    await cp(FIXTURE_NAMES_DIR, dir, { recursive: true })
    const text = 'kode,parent,nama\n'
    await writeFile(path.join(dir, 'data/districts.csv'), text)
    const districts = { path: 'data/districts.csv', sha256: sha256Hex(text) }
    const names = { ...sources.names, files: { ...sources.names.files, districts } }
    await expect(loadReferenceNames(names, '99.01', dir)).rejects.toThrow(
      /districts\.csv:1: header is "kode,parent,nama"/,
    )
  })
})

describe('checkNames()', () => {
  const reference: ReferenceNames = {
    kabupaten: { kode: '99.01', nama: 'Kabupaten Contoh' },
    kecamatan: new Map([['99.01.01', 'Fiksi Barat']]),
    villages: new Map([
      ['99.01.01.2001', 'Api-api'],
      ['99.01.01.2002', 'Bukit Contoh Baru'],
    ]),
  }
  const row = (kode: string, nama: string) => ({ kode, nama })

  it.each([
    ['identical lists', [row('99.01.01.2001', 'Api-api'), row('99.01.01.2002', 'Bukit Contoh Baru')], {}],
    [
      'names equal after normalisation',
      [row('99.01.01.2001', 'API API'), row('99.01.01.2002', 'bukit contoh baru')],
      {},
    ],
    [
      'a spelling difference, as a warning',
      [row('99.01.01.2001', 'Api-api'), row('99.01.01.2002', 'Bukit Contoh')],
      {
        warnings: [
          { kode: '99.01.01.2002', boundary_nama: 'Bukit Contoh', reference_nama: 'Bukit Contoh Baru' },
        ],
      },
    ],
    [
      'a village without boundary',
      [row('99.01.01.2001', 'Api-api')],
      { missingInBoundaries: ['99.01.01.2002'] },
    ],
    [
      'a boundary without official code, and its unknown kecamatan',
      [row('99.01.01.2001', 'Api-api'), row('99.01.01.2002', 'Bukit Contoh Baru'), row('99.01.05.2001', 'X')],
      { missingInReference: ['99.01.05.2001'], unknownKecamatan: ['99.01.05'] },
    ],
  ])('reports %s', (_case, rows, expected) => {
    const empty = { missingInReference: [], missingInBoundaries: [], unknownKecamatan: [], warnings: [] }
    expect(checkNames(rows, reference)).toEqual({ ...empty, ...expected })
  })
})

describe('assertCodesMatch()', () => {
  const empty = { missingInReference: [], missingInBoundaries: [], unknownKecamatan: [], warnings: [] }

  it('accepts name warnings alone', () => {
    const warnings = [{ kode: '99.01.01.2002', boundary_nama: 'A', reference_nama: 'B' }]
    expect(() => assertCodesMatch({ ...empty, warnings }, 'x.sql')).not.toThrow()
  })

  it.each([
    [
      'a code missing from idn-area-data',
      { missingInReference: ['99.01.05.2001'] },
      /x\.sql: .*not in idn-area-data: 99\.01\.05\.2001/,
    ],
    [
      'a code missing from the boundary file',
      { missingInBoundaries: ['99.01.01.2002'] },
      /no boundary for: 99\.01\.01\.2002/,
    ],
    ['an unknown kecamatan', { unknownKecamatan: ['99.01.05'] }, /unknown kecamatan: 99\.01\.05/],
  ])('stops on %s, listing the codes', (_case, problem, message) => {
    expect(() => assertCodesMatch({ ...empty, ...problem }, 'x.sql')).toThrow(message)
  })
})
