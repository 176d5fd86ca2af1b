import { describe, expect, it } from 'vitest'
import type { Kecamatan, Village } from '../data/snapshot.ts'
import { createI18n } from '../i18n/i18n.ts'
import { describeArea } from './describe-area.ts'

function makeVillage(kode: string, nama: string, jenis: Village['jenis']): Village {
  return {
    kode,
    nama,
    jenis,
    kecamatan_kode: kode.slice(0, 8),
    kecamatan_nama: 'Sangatta Utara',
    luas_km2: 12.5,
    label_lng: 117.5,
    label_lat: 0.5,
    bbox: [117.4, 0.4, 117.6, 0.6],
  }
}

const villages = new Map([
  ['64.08.04.2001', makeVillage('64.08.04.2001', 'Desa Satu', 'desa')],
  ['64.08.04.1001', makeVillage('64.08.04.1001', 'Kelurahan Dua', 'kelurahan')],
])
const kecamatan = new Map<string, Kecamatan>([
  [
    '64.08.04',
    {
      kode: '64.08.04',
      nama: 'Sangatta Utara',
      luas_km2: 100,
      label_lng: 117.5,
      label_lat: 0.5,
      jumlah_desa: 2,
    },
  ],
])
const t = createI18n('id').t

describe('describeArea()', () => {
  it.each([
    {
      kode: '64.08.04.2001',
      level: 'desa',
      expected: { name: 'Desa Satu', meta: 'Desa · Kec. Sangatta Utara' },
    },
    {
      kode: '64.08.04.1001',
      level: 'desa',
      expected: { name: 'Kelurahan Dua', meta: 'Kelurahan · Kec. Sangatta Utara' },
    },
    { kode: '64.08.04', level: 'kecamatan', expected: { name: 'Sangatta Utara', meta: 'Kecamatan' } },
  ] as const)('names $kode at the $level level', ({ kode, level, expected }) => {
    expect(describeArea(kode, level, villages, kecamatan, t)).toEqual({ kode, ...expected })
  })

  it.each([
    { kode: '64.08.04.2001', level: 'kecamatan' },
    { kode: '64.08.04', level: 'desa' },
    { kode: '64.08.99.2001', level: 'desa' },
  ] as const)('returns null for $kode, which is not an area of the $level level', ({ kode, level }) => {
    expect(describeArea(kode, level, villages, kecamatan, t)).toBeNull()
  })
})
