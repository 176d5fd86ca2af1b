import { describe, expect, it } from 'vitest'
import { buildAttribution } from './build-attribution.ts'

function makeSource(id: string, name: string, attribution: string) {
  return { id, name, url: `https://example.org/${id}`, licence: 'MIT', attribution }
}

const sources = [
  makeSource('boundaries', 'owner/boundaries: village polygons', 'Batas desa: owner/boundaries (MIT).'),
  makeSource('boundary_licence', 'owner/boundaries: LICENSE', 'Batas desa: owner/boundaries (MIT).'),
  makeSource('names', 'area-names', 'Nama wilayah: area-names (ODbL).'),
]

describe('buildAttribution()', () => {
  it('uses the manifest attribution texts when present', () => {
    expect(buildAttribution({ attribution: ['Satu.', 'Dua.'], sources }).credits).toEqual(['Satu.', 'Dua.'])
  })

  it('falls back to each distinct source text', () => {
    expect(buildAttribution({ sources }).credits).toEqual([
      'Batas desa: owner/boundaries (MIT).',
      'Nama wilayah: area-names (ODbL).',
    ])
  })

  it('links each source short name once, to its first URL', () => {
    expect(buildAttribution({ sources }).links).toEqual([
      { name: 'owner/boundaries', url: 'https://example.org/boundaries' },
      { name: 'area-names', url: 'https://example.org/names' },
    ])
  })
})
