/** Test builders for the Dana Desa formula (shared by its test files). */
import {
  allocateDanaDesa,
  type DanaDesaAllocation,
  type DanaDesaParameters,
  type DanaDesaVillage,
  OFFICIAL_PARAMETERS_2024,
} from '../formula.ts'

export function makeVillage(overrides: Partial<DanaDesaVillage> & { kode: string }): DanaDesaVillage {
  return {
    penduduk: 1_000,
    penduduk_miskin: 100,
    luas_km2: 10,
    ikg: 0.5,
    status_idm: 'berkembang',
    ...overrides,
  }
}

/** Official parameters with all of the total on the given components (the others get share 0). */
export function makeParameters(
  shares: Partial<DanaDesaParameters['component_shares']>,
  overrides: Partial<DanaDesaParameters> = {},
): DanaDesaParameters {
  return {
    ...OFFICIAL_PARAMETERS_2024,
    component_shares: {
      alokasi_dasar: 0,
      alokasi_afirmasi: 0,
      alokasi_kinerja: 0,
      alokasi_formula: 0,
      ...shares,
    },
    ...overrides,
  }
}

export function amountsByKode(
  villages: DanaDesaVillage[],
  total: number,
  parameters: DanaDesaParameters,
): Record<string, DanaDesaAllocation> {
  return Object.fromEntries(allocateDanaDesa(villages, total, parameters).map((row) => [row.kode, row]))
}
