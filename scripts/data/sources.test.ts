import { describe, expect, it } from 'vitest'
import { BuildError } from './build-error.ts'
import { boundarySourceFor, cachePathOf, loadSources, parseSources, type Sources } from './sources.ts'
import { makeFixtureSources } from './testing/fixtures.ts'

function makeRawSources(boundary: Record<string, unknown> = {}): Record<string, unknown> {
  const valid = JSON.parse(JSON.stringify(makeFixtureSources())) as Sources
  return { ...valid, boundaries: { '99.01': { ...valid.boundaries['99.01'], ...boundary } } }
}

describe('loadSources()', () => {
  it('accepts the committed data/sources.json with both regions', async () => {
    const sources = await loadSources()
    expect(Object.keys(sources.boundaries).sort()).toEqual(['64.08', '64.74'])
    expect(sources.boundaries['64.08']?.sha256).toBe(
      '2ceac2c758721563d7e4708109d5bc3cdfda219c0b099daa76c84370f9fc3ec3',
    )
    expect(sources.names.version).toBe('4.0.1')
  })
})

describe('parseSources()', () => {
  it.each([
    ['a sha256 that is not 64 hex digits', { sha256: 'abc' }, 'sha256'],
    ['a URL whose commit differs from the pinned commit', { commit: 'a'.repeat(40) }, 'url'],
    [
      'a URL on another host',
      { url: 'https://example.org/a/b/f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1/x.sql' },
      'url',
    ],
    [
      'a plain-http URL',
      { url: 'http://raw.githubusercontent.com/a/b/f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1/x' },
      'url',
    ],
    [
      'a URL climbing out of the cache',
      { url: 'https://raw.githubusercontent.com/a/b/f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1/%2e%2e/x' },
      'url',
    ],
    ['an empty attribution', { attribution: '' }, 'attribution'],
  ])('rejects %s, naming the field', (_case, boundary, field) => {
    expect(() => parseSources(makeRawSources(boundary), 'sources.json')).toThrow(field)
  })

  it('rejects a region key that is not a kabupaten code', () => {
    const raw = makeRawSources()
    const boundaries = raw.boundaries as Record<string, unknown>
    expect(() =>
      parseSources({ ...raw, boundaries: { '6408': boundaries['99.01'] } }, 'sources.json'),
    ).toThrow(BuildError)
  })
})

describe('boundarySourceFor()', () => {
  const sources: Sources = makeFixtureSources()

  it('returns the pinned file of a known region', () => {
    expect(boundarySourceFor(sources, '99.01').url).toMatch(/wilayah_boundaries_kel_99\.01\.sql$/)
  })

  it.each([
    ['an unknown region, listing the known ones', '64.99', /unknown region 64\.99.*99\.01/s],
    ['a malformed code', '6408', /not a kabupaten\/kota code/],
    ['a kecamatan code', '64.08.01', /not a kabupaten\/kota code/],
  ])('rejects %s', (_case, region, message) => {
    expect(() => boundarySourceFor(sources, region)).toThrow(message)
  })
})

describe('cachePathOf()', () => {
  it('maps a raw GitHub URL to <owner>/<repo>/<commit>/<path>', () => {
    const source = makeFixtureSources().boundary_licence
    expect(cachePathOf(source)).toBe(
      'example/fixture-boundaries/f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1/LICENSE',
    )
  })
})
