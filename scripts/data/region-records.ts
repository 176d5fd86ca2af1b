/**
 * Joins the pieces into the rows of `public.regions`: official names (idn-area-data), simplified
 * geometry and label points (what is drawn), and areas from the cleaned, unsimplified geometry (so
 * simplification does not change published figures). A kecamatan's or kabupaten's area is the sum of
 * its villages' unrounded areas; every area is then rounded to 0.01 km².
 */
import { BuildError } from './build-error.ts'
import { areaKm2, labelPoint, roundTo } from './geometry.ts'
import type { ReferenceNames } from './reference-names.ts'
import { groupByKecamatan, type Jenis, jenisOf } from './region-codes.ts'
import type { Areal, ShapedBoundaries } from './shape-boundaries.ts'

/** One row of `public.regions`, before it goes into the database. */
export interface RegionRecord {
  kode: string
  nama: string
  level: 'kabupaten' | 'kecamatan' | 'desa'
  /** Only for level `desa`; `null` otherwise. */
  jenis: Jenis | null
  /** Kecamatan of a village, kabupaten of a kecamatan, `null` for the kabupaten. */
  parent: string | null
  /** Simplified geometry, `[lng, lat]`. */
  geometry: Areal
  luas_km2: number
  /** `[lng, lat]` inside the simplified geometry. */
  label: [number, number]
}

/** Area decimals published (0.01 km² = 1 ha). */
const AREA_DECIMALS = 2

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined)
    throw new BuildError(`${what} is missing`, { hint: 'this is a bug in the data build: report it' })
  return value
}

/** Rows ordered kabupaten, kecamatan, desa (parents before children, as the foreign key needs). */
export function buildRegionRecords(reference: ReferenceNames, shaped: ShapedBoundaries): RegionRecord[] {
  const areas = new Map([...shaped.cleaned].map(([kode, geometry]) => [kode, areaKm2(geometry)]))
  const groups = groupByKecamatan([...shaped.desa.keys()])
  const sum = (codes: readonly string[]) => codes.reduce((total, code) => total + (areas.get(code) ?? 0), 0)
  const kabupaten = reference.kabupaten
  const kabupatenGeometry = required(
    shaped.kabupaten.get(kabupaten.kode),
    `kabupaten ${kabupaten.kode} outline`,
  )
  const records: RegionRecord[] = [
    {
      kode: kabupaten.kode,
      nama: kabupaten.nama,
      level: 'kabupaten',
      jenis: null,
      parent: null,
      geometry: kabupatenGeometry,
      luas_km2: roundTo(sum([...areas.keys()]), AREA_DECIMALS),
      label: labelPoint(kabupatenGeometry),
    },
  ]
  for (const [kode, members] of groups) {
    const geometry = required(shaped.kecamatan.get(kode), `kecamatan ${kode} geometry`)
    const nama = required(reference.kecamatan.get(kode), `kecamatan ${kode} name`)
    const luas = roundTo(sum(members), AREA_DECIMALS)
    records.push({
      kode,
      nama,
      level: 'kecamatan',
      jenis: null,
      parent: kabupaten.kode,
      geometry,
      luas_km2: luas,
      label: labelPoint(geometry),
    })
  }
  for (const [parent, members] of groups) {
    for (const kode of members) {
      const jenis = jenisOf(kode)
      if (!jenis) {
        throw new BuildError(`${kode}: 10th character is neither 1 (kelurahan) nor 2 (desa)`, {
          hint: 'check the code against Kemendagri; scripts/data/region-codes.ts holds the rule',
        })
      }
      const geometry = required(shaped.desa.get(kode), `village ${kode} geometry`)
      const nama = required(reference.villages.get(kode), `village ${kode} name`)
      const luas = roundTo(required(areas.get(kode), `village ${kode} area`), AREA_DECIMALS)
      records.push({
        kode,
        nama,
        level: 'desa',
        jenis,
        parent,
        geometry,
        luas_km2: luas,
        label: labelPoint(geometry),
      })
    }
  }
  return records
}
