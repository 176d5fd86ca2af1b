/**
 * Test fixture: a reduced, synthetic list of Kutai Timur villages (made up here, not read from any boundary
 * file). Eleven of the eighteen kecamatan, with their real codes and names so the kecamatan traits apply,
 * three villages each around the kecamatan's approximate centre, both kelurahan included.
 */
import type { DemoRegion } from './types'

/** Kecamatan of the fixture: code, name, approximate centre `[lng, lat]`, area per village in km². */
const KECAMATAN: readonly (readonly [string, string, number, number, number])[] = [
  ['64.08.01', 'Muara Ancalong', 116.52, 0.45, 200],
  ['64.08.02', 'Muara Wahau', 116.49, 1.51, 550],
  ['64.08.03', 'Muara Bengkal', 116.79, 0.4, 110],
  ['64.08.04', 'Sangatta Utara', 117.57, 0.55, 80],
  ['64.08.05', 'Sangkulirang', 118.07, 1.07, 90],
  ['64.08.06', 'Busang', 116.29, 0.97, 650],
  ['64.08.09', 'Bengalon', 117.43, 0.82, 280],
  ['64.08.11', 'Sandaran', 118.52, 0.99, 300],
  ['64.08.12', 'Sangatta Selatan', 117.35, 0.42, 300],
  ['64.08.14', 'Rantau Pulung', 117.19, 0.62, 100],
  ['64.08.18', 'Long Mesangat', 116.71, 0.59, 40],
]

/** The kelurahan of the fixture (the two real ones; every other village is a desa). */
const KELURAHAN: Readonly<Record<string, string>> = { '64.08.04': '1010', '64.08.12': '1002' }

/** 33 villages in 11 kecamatan; pass `villagesPerKecamatan` for fewer or more. */
export function makeRegions(villagesPerKecamatan = 3): DemoRegion[] {
  return KECAMATAN.flatMap(([kecamatan_kode, kecamatan_nama, lng, lat, area]) =>
    Array.from({ length: villagesPerKecamatan }, (_, index): DemoRegion => {
      const kelurahan = index === 0 ? KELURAHAN[kecamatan_kode] : undefined
      const number = kelurahan ?? String(2001 + index)
      return {
        kode: `${kecamatan_kode}.${number}`,
        nama: `${kelurahan ? 'Kelurahan' : 'Desa'} Uji ${kecamatan_nama} ${index + 1}`,
        jenis: kelurahan ? 'kelurahan' : 'desa',
        kecamatan_kode,
        kecamatan_nama,
        luas_km2: area * (0.6 + 0.4 * index),
        label_lng: lng + 0.04 * (index - 1),
        label_lat: lat + 0.03 * (index % 2),
      }
    }),
  )
}
