/**
 * The hand-made data the figure tests compute against: kabupaten 99.01 of the seed, cut into four equal
 * squares with round official areas, and a few groups of identical made-up households. figures.cases.ts
 * holds the expected figures, worked out by hand from the tables below.
 *
 *   0.2 ┌──────────────────┬──────────────────┐   kecamatan 99.01.01 (Hulu): L + A
 *       │ L 99.01.01.1001  │ C 99.01.02.2002  │   kecamatan 99.01.02 (Hilir): B + C
 *   0.1 ├──────────────────┼──────────────────┤   L is a kelurahan, A, B, C are desa
 *       │ A 99.01.01.2001  │ B 99.01.02.2001  │
 *   0.0 └──────────────────┴──────────────────┘
 *      0.0                0.1                0.2
 */
import type { SqlClient } from '../../scripts/db/sql-client.ts'
import {
  insertKeluarga,
  insertPenerima,
  type KeluargaRow,
  makeKeluarga,
  makePenerima,
  makePenerimaByNik,
  type PenerimaRow,
  type Program,
} from './make-household-data.ts'
import {
  insertDanaDesa,
  insertIdm,
  insertPenduduk,
  MILYAR,
  makeDanaDesa,
  makeIdm,
  makePenduduk,
} from './make-public-statistics.ts'
import { insertRegion, makeRegion } from './make-region.ts'

/** The regions of the fixture by their role in it. */
export const KODE = {
  kabupaten: '99.01',
  hulu: '99.01.01',
  hilir: '99.01.02',
  kelurahanL: '99.01.01.1001',
  desaA: '99.01.01.2001',
  desaB: '99.01.02.2001',
  desaC: '99.01.02.2002',
} as const

/** Official areas in km² (round on purpose: kepadatan is then easy to work out by hand). */
const LUAS_KM2: Readonly<Record<string, number>> = {
  [KODE.kelurahanL]: 10,
  [KODE.desaA]: 40,
  [KODE.desaB]: 25,
  [KODE.desaC]: 50,
}

/** How a program lists a household: by its KK number or by its head's NIK, in which village, how often. */
interface Listing {
  program: Program
  by: 'kk' | 'nik'
  kodeDesa?: string
  copies?: number
}

/** `count` identical households (numbered `first`, `first + 1`, …) and the programs that list them. */
interface HouseholdGroup {
  first: number
  count: number
  /** false: listed by programs but absent from DTSEN (an identity no household carries). */
  inDtsen: boolean
  household: Partial<KeluargaRow>
  listings: readonly Listing[]
}

const POOR = { miskin: true, miskin_ekstrem: false } as const
const NOT_POOR = { miskin: false, miskin_ekstrem: false } as const
const A = { kode_desa: KODE.desaA } as const

/** Every household and listing of the fixture; the comments name the groups used in figures.cases.ts. */
export const HOUSEHOLD_GROUPS: readonly HouseholdGroup[] = [
  // A1: desil 1, 4 people, farmers, extremely poor; PKH and BPNT by KK (an allowed pair)
  group(
    100,
    5,
    { ...A, desil: 1, jumlah_anggota: 4, mata_pencaharian: 'petani', miskin: true, miskin_ekstrem: true },
    [
      { program: 'PKH', by: 'kk' },
      { program: 'BPNT', by: 'kk' },
    ],
  ),
  // A2: desil 2, 3 people, fishers, poor; BLT-DD by KK and PKH by NIK (a disallowed pair)
  group(200, 5, { ...A, ...POOR, desil: 2, jumlah_anggota: 3, mata_pencaharian: 'nelayan' }, [
    { program: 'BLT_DD', by: 'kk' },
    { program: 'PKH', by: 'nik' },
  ]),
  // A3: desil 2, 5 people, farmers, poor; nothing (the exclusion error)
  group(300, 5, { ...A, ...POOR, desil: 2, jumlah_anggota: 5, mata_pencaharian: 'petani' }, []),
  // A4: desil 3, 2 people, small business, poor; PBI-JKN by NIK
  group(400, 5, { ...A, ...POOR, desil: 3, jumlah_anggota: 2, mata_pencaharian: 'umkm' }, [
    { program: 'PBI_JKN', by: 'nik' },
  ]),
  // A5: desil 6, 2 people, labourers; BPNT by KK (the inclusion error)
  group(500, 5, { ...A, ...NOT_POOR, desil: 6, jumlah_anggota: 2, mata_pencaharian: 'buruh' }, [
    { program: 'BPNT', by: 'kk' },
  ]),
  // A6: desil 8, 3 people; nothing
  group(600, 10, { ...A, ...NOT_POOR, desil: 8, jumlah_anggota: 3, mata_pencaharian: 'lainnya' }, []),
  // B1: desil 1, 4 people, farmers, poor; PKH by NIK
  group(700, 5, { kode_desa: KODE.desaB, ...POOR, desil: 1, jumlah_anggota: 4, mata_pencaharian: 'petani' }, [
    { program: 'PKH', by: 'nik', kodeDesa: KODE.desaB },
  ]),
  // B2: desil 9, 2 people; nothing
  group(
    800,
    5,
    { kode_desa: KODE.desaB, ...NOT_POOR, desil: 9, jumlah_anggota: 2, mata_pencaharian: 'lainnya' },
    [],
  ),
  // C1: desil 1, 3 people, fishers, poor; BPNT by KK, each listed twice (duplicates within the program)
  group(
    900,
    5,
    { kode_desa: KODE.desaC, ...POOR, desil: 1, jumlah_anggota: 3, mata_pencaharian: 'nelayan' },
    [{ program: 'BPNT', by: 'kk', kodeDesa: KODE.desaC, copies: 2 }],
  ),
  // C2: desil 5, 2 people; nothing
  group(
    1000,
    35,
    { kode_desa: KODE.desaC, ...NOT_POOR, desil: 5, jumlah_anggota: 2, mata_pencaharian: 'lainnya' },
    [],
  ),
  // X: five people not in DTSEN, listed for PKH by NIK in both A and B (duplicates across villages)
  {
    first: 1100,
    count: 5,
    inDtsen: false,
    household: {},
    listings: [
      { program: 'PKH', by: 'nik', kodeDesa: KODE.desaA },
      { program: 'PKH', by: 'nik', kodeDesa: KODE.desaB },
    ],
  },
  // P1: 2023, desil 1 in A; 2023 has no program list at all
  group(
    1200,
    5,
    { ...A, ...POOR, periode: 2023, desil: 1, jumlah_anggota: 4, mata_pencaharian: 'petani' },
    [],
  ),
]

function group(
  first: number,
  count: number,
  household: Partial<KeluargaRow>,
  listings: readonly Listing[],
): HouseholdGroup {
  return { first, count, inDtsen: true, household, listings }
}

/** The households and listings of `groups`, as table rows. */
export function householdRows(groups: readonly HouseholdGroup[] = HOUSEHOLD_GROUPS): {
  keluarga: KeluargaRow[]
  penerima: PenerimaRow[]
} {
  const keluarga: KeluargaRow[] = []
  const penerima: PenerimaRow[] = []
  for (const { first, count, inDtsen, household, listings } of groups) {
    for (let number = first; number < first + count; number++) {
      if (inDtsen) keluarga.push(makeKeluarga(number, household))
      for (const { program, by, kodeDesa = KODE.desaA, copies = 1 } of listings) {
        const make = by === 'kk' ? makePenerima : makePenerimaByNik
        for (let copy = 0; copy < copies; copy++)
          penerima.push(make(number, { program, kode_desa: kodeDesa }))
      }
    }
  }
  return { keluarga, penerima }
}

/** Splits the east kecamatan into desa B (south) and a new desa C (north) and sets the round areas. */
export async function makeFourVillages(client: SqlClient): Promise<void> {
  await client.query(
    `update public.regions
     set geom = extensions.st_geomfromtext('MULTIPOLYGON(((0.1 0,0.2 0,0.2 0.1,0.1 0.1,0.1 0)))', 4326),
         label_point = extensions.st_geomfromtext('POINT(0.15 0.05)', 4326)
     where kode = $1`,
    [KODE.desaB],
  )
  await insertRegion(
    client,
    makeRegion({
      kode: KODE.desaC,
      nama: 'Desa Tiga Contoh',
      geomWkt: 'MULTIPOLYGON(((0.1 0.1,0.2 0.1,0.2 0.2,0.1 0.2,0.1 0.1)))',
      labelPointWkt: 'POINT(0.15 0.15)',
    }),
  )
  for (const [kode, luas] of Object.entries(LUAS_KM2)) {
    await client.query('update public.regions set luas_km2 = $2 where kode = $1', [kode, luas])
  }
}

/** Loads the whole fixture as the current role (the connecting superuser in the figure tests). */
export async function loadFiguresFixture(client: SqlClient): Promise<void> {
  await makeFourVillages(client)
  const { keluarga, penerima } = householdRows()
  await insertKeluarga(client, keluarga)
  await insertPenerima(client, penerima)
  await insertPenduduk(client, [
    makePenduduk(KODE.kelurahanL, 1000),
    makePenduduk(KODE.desaA, 2000),
    makePenduduk(KODE.desaB, 500),
    makePenduduk(KODE.desaC, 1500),
  ])
  await insertIdm(client, [
    makeIdm(KODE.desaA, 0.75, 'maju'),
    makeIdm(KODE.desaB, 0.65, 'berkembang'),
    makeIdm(KODE.desaC, 0.82, 'mandiri'),
  ])
  await insertDanaDesa(client, [
    makeDanaDesa(KODE.desaA, { pagu: MILYAR, bltDd: 200_000_000, realisasi: 900_000_000 }),
    makeDanaDesa(KODE.desaB, { pagu: 800_000_000, bltDd: 240_000_000, realisasi: 400_000_000 }),
    makeDanaDesa(KODE.desaC, { pagu: 1_200_000_000, bltDd: 120_000_000, realisasi: 1_200_000_000 }),
    // 2022 had a BLT-DD floor, not a cap (dana_desa_ketentuan.batas_blt_dd is null)
    makeDanaDesa(KODE.desaA, { tahun: 2022, pagu: MILYAR, bltDd: 400_000_000 }),
  ])
}
