import { describe, expect, it } from 'vitest'
import { itReturnsEach } from '../testing/each-return.ts'
import { makeNamedVillages } from '../testing/make-rows.ts'
import {
  allowedEdits,
  createVillageMatcher,
  foldVillageName,
  namePairKey,
  type VillageNameMatch,
} from './match-village-names.ts'

const matcher = createVillageMatcher(makeNamedVillages())

/** The match in short: status and the codes it names. */
function summary(match: VillageNameMatch): [string, ...string[]] {
  switch (match.status) {
    case 'exact':
    case 'proposed':
      return [match.status, match.village.kode]
    case 'ambiguous':
      return [match.status, ...match.candidates.map((village) => village.kode)]
    case 'wrong_kecamatan':
      return [match.status, ...match.found.map((village) => village.kode)]
    case 'kecamatan_unknown':
      return [match.status, ...match.candidates]
    case 'unknown':
      return [match.status]
  }
}

describe('createVillageMatcher().match()', () => {
  it.each<[string, string | null, [string, ...string[]]]>([
    ['Tanjung Ilir', 'Bukit Damai', ['exact', '99.01.02.2001']],
    ['  DESA tanjung-ilir ', 'Kec. Bukit  Damai', ['exact', '99.01.02.2001']],
    ['Ds. TanjungIlir', 'KECAMATAN BUKIT DAMAI', ['exact', '99.01.02.2001']],
    ['Kelurahan Sungai Jernih', 'Teluk Harapan', ['exact', '99.01.01.1001']],
    ['Tanjung Ilr', 'Bukit Damai', ['proposed', '99.01.02.2001']],
    ['Tanjnug Ilir', 'Bukit Damai', ['proposed', '99.01.02.2001']],
    ['Rantau Panjan', null, ['proposed', '99.01.03.2001']],
    ['Tanjung Ilir', 'Bukit Damay', ['proposed', '99.01.02.2001']],
    ['Muara Lestari', 'Bukit Damai', ['exact', '99.01.02.2002']],
    ['Muara Lestari', 'Teluk Harapan', ['exact', '99.01.01.2001']],
  ])('%j in kecamatan %j is %j', (desa, kecamatan, expected) => {
    expect(summary(matcher.match(desa, kecamatan))).toEqual(expected)
  })

  it.each<[string, string | null, [string, ...string[]]]>([
    // Two villages one edit apart: a name between them is neither.
    ['Sukamaja', 'Teluk Harapan', ['ambiguous', '99.01.01.2002', '99.01.01.2003']],
    ['Sukamajuu', 'Teluk Harapan', ['ambiguous', '99.01.01.2002', '99.01.01.2003']],
    // One name in two kecamatan, and the file says no kecamatan.
    ['Muara Lestari', null, ['ambiguous', '99.01.01.2001', '99.01.02.2002']],
    // The right name in the wrong kecamatan is not matched there, and a typo of it is not either.
    ['Batu Putih', 'Teluk Harapan', ['wrong_kecamatan', '99.01.02.2003']],
    ['Batu Putik', 'Teluk Harapan', ['unknown']],
    ['Bual', 'Teluk Harapan', ['wrong_kecamatan', '99.01.03.2002']],
    // Short names get no edits; far names no proposal.
    ['Buel', 'Sungai Bening', ['unknown']],
    ['Kota Baru', null, ['unknown']],
    ['Tanjung Hilir Baru', 'Bukit Damai', ['unknown']],
    ['Tanjung Ilir', 'Gunung Tinggi', ['kecamatan_unknown']],
  ])('%j in kecamatan %j is not matched: %j', (desa, kecamatan, expected) => {
    expect(summary(matcher.match(desa, kecamatan))).toEqual(expected)
  })

  it('keeps the exact village when another is one edit away', () => {
    expect(summary(matcher.match('Sukamaju', 'Teluk Harapan'))).toEqual(['exact', '99.01.01.2002'])
    expect(summary(matcher.match('sukamaji', 'teluk harapan'))).toEqual(['exact', '99.01.01.2003'])
  })

  it('says which village a proposal means, with its own spelling and kecamatan', () => {
    expect(matcher.match('Tanjung Ilr', 'Bukit Damai')).toEqual({
      status: 'proposed',
      village: { kode: '99.01.02.2001', nama: 'Tanjung Ilir', kecamatan: 'Bukit Damai' },
      distance: 1,
    })
  })

  it('lists the kecamatan a misspelt kecamatan name could be', () => {
    const twins = createVillageMatcher([
      { kode: '99.01.01.2001', nama: 'Satu', kecamatan_nama: 'Muara Ancalong' },
      { kode: '99.01.02.2001', nama: 'Dua', kecamatan_nama: 'Muara Angcalong' },
    ])
    expect(twins.match('Satu', 'Muara Ancalon')).toEqual({
      status: 'kecamatan_unknown',
      candidates: ['Muara Ancalong', 'Muara Angcalong'],
    })
  })
})

describe('foldVillageName() and namePairKey()', () => {
  itReturnsEach(
    foldVillageName,
    [
      ['Desa Kelinjau Ilir', 'kelinjauilir'],
      ['KELINJAU-ILIR', 'kelinjauilir'],
      ['Désa  Kelinjau  Ilir', 'kelinjauilir'],
      ['Desa', 'desa'],
    ],
    '%j folds to %j',
  )

  it('keys a pair by both folded names, so spellings that fold alike share a confirmation', () => {
    expect(namePairKey('Desa Tanjung Ilr', 'Kec. Bukit Damai')).toBe(
      namePairKey('tanjung ilr', 'Bukit Damai'),
    )
    expect(namePairKey('Tanjung Ilr', null)).not.toBe(namePairKey('Tanjung Ilr', 'Bukit Damai'))
  })

  itReturnsEach(
    allowedEdits,
    [
      [4, 0],
      [5, 1],
      [9, 1],
      [10, 2],
    ],
    'a folded name of %i letters may be %i edits away',
  )
})
