/**
 * Latent traits of one village that drive the demo's population, livelihoods and welfare. The kecamatan
 * kind is a judgement from geography (documented in README.md); remoteness combines the distance to
 * Sangatta with the kind. Each village's random traits come from its own stream, so they do not depend on
 * which other villages are in the input.
 */
import { EXTREME_POVERTY } from './calibration-targets'
import type { Ethnic } from './names'
import { makeRandom } from './random'
import type { DemoRegion, MataPencaharian } from './types'

/** Kind of kecamatan: urban core, coast (fishers), plantation/transmigration interior, remote river interior. */
export type KecamatanKind = 'urban' | 'coastal' | 'plantation' | 'interior'

/** Judgement by kecamatan code; an unknown kecamatan (another kabupaten) counts as `plantation`. */
export const KECAMATAN_KIND: Readonly<Record<string, KecamatanKind>> = {
  '64.08.01': 'interior', // Muara Ancalong: Kedang Kepala river villages
  '64.08.02': 'interior', // Muara Wahau: upstream, large and sparse
  '64.08.03': 'interior', // Muara Bengkal: river and lake villages
  '64.08.04': 'urban', // Sangatta Utara: kabupaten capital, coal mining
  '64.08.05': 'coastal', // Sangkulirang
  '64.08.06': 'interior', // Busang: upstream Dayak villages
  '64.08.07': 'plantation', // Telen
  '64.08.08': 'plantation', // Kombeng
  '64.08.09': 'coastal', // Bengalon: coast and coal mining
  '64.08.10': 'coastal', // Kaliorang: Sangkulirang Bay
  '64.08.11': 'coastal', // Sandaran: remote coast
  '64.08.12': 'urban', // Sangatta Selatan
  '64.08.13': 'coastal', // Teluk Pandan
  '64.08.14': 'plantation', // Rantau Pulung: transmigration farmland
  '64.08.15': 'plantation', // Kaubun: oil palm, transmigration (treated as inland)
  '64.08.16': 'plantation', // Karangan: karst hinterland of Sangkulirang Bay (treated as inland)
  '64.08.17': 'plantation', // Batu Ampar
  '64.08.18': 'interior', // Long Mesangat: river and lake villages
}

/** Per kind: livelihood shares of household heads (tuned by judgement: fishers on the coast, farmers inland). */
const LIVELIHOOD_MIX: Readonly<Record<KecamatanKind, Readonly<Record<MataPencaharian, number>>>> = {
  urban: { petani: 0.05, nelayan: 0.04, umkm: 0.27, buruh: 0.34, lainnya: 0.3 },
  coastal: { petani: 0.3, nelayan: 0.28, umkm: 0.14, buruh: 0.16, lainnya: 0.12 },
  plantation: { petani: 0.45, nelayan: 0, umkm: 0.1, buruh: 0.33, lainnya: 0.12 },
  interior: { petani: 0.62, nelayan: 0.03, umkm: 0.08, buruh: 0.17, lainnya: 0.1 },
}

/** Per kind: name traditions of households (Bugis on the coast, Javanese transmigrants, Dayak and Kutai inland). */
const ETHNIC_MIX: Readonly<Record<KecamatanKind, Readonly<Record<Ethnic, number>>>> = {
  urban: { jawa: 0.35, bugis: 0.3, banjar: 0.15, kutai: 0.1, dayak: 0.1 },
  coastal: { jawa: 0.15, bugis: 0.55, banjar: 0.1, kutai: 0.15, dayak: 0.05 },
  plantation: { jawa: 0.55, bugis: 0.15, banjar: 0.1, kutai: 0.1, dayak: 0.1 },
  interior: { jawa: 0.1, bugis: 0.05, banjar: 0.1, kutai: 0.3, dayak: 0.45 },
}

/** Per kind: relative population weight of a village, growth per year, and extra remoteness. */
const KIND_TRAITS: Readonly<Record<KecamatanKind, { weight: number; growth: number; remoteness: number }>> = {
  urban: { weight: 4, growth: 0.012, remoteness: 0 },
  coastal: { weight: 1, growth: 0, remoteness: 0.1 },
  plantation: { weight: 1.1, growth: 0.004, remoteness: 0.05 },
  interior: { weight: 0.6, growth: -0.004, remoteness: 0.3 },
}

/** Sangatta (Sangatta Utara label point in the regions snapshot), `[lng, lat]`. */
const SANGATTA: readonly [number, number] = [117.5676, 0.5489]
/** Distance at which the distance part of remoteness saturates: about the farthest Kutim village. */
const REMOTENESS_FULL_KM = 200
/** Share of households in an extreme-poverty pocket in the hotspot kecamatan (tuned so they rank highest). */
const HOTSPOT_POCKET_SHARE = 0.03

/** The generator's view of one village. */
export interface VillageProfile {
  region: DemoRegion
  kind: KecamatanKind
  isUrban: boolean
  isHotspot: boolean
  /** 0 (Sangatta) … 1 (most remote). */
  remoteness: number
  /** Village term of log welfare (poverty-line units). */
  welfareEffect: number
  livelihoodMix: Readonly<Record<MataPencaharian, number>>
  ethnicMix: Readonly<Record<Ethnic, number>>
  /** Relative population weight in 2023. */
  populationWeight: number
  /** Growth of the weight per year (relative to the kabupaten). */
  annualGrowth: number
  /** Share of households in an extreme-poverty pocket. */
  pocketShare: number
}

/** Great-circle distance in km between two `[lng, lat]` points. */
export function distanceKm(a: readonly [number, number], b: readonly [number, number]): number {
  const radians = Math.PI / 180
  const dLat = (b[1] - a[1]) * radians
  const dLng = (b[0] - a[0]) * radians
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * radians) * Math.cos(b[1] * radians) * Math.sin(dLng / 2) ** 2
  return 2 * 6371 * Math.asin(Math.sqrt(h))
}

/** The latent traits of `region` for `seed`. */
export function buildVillageProfile(region: DemoRegion, seed: number): VillageProfile {
  const random = makeRandom(seed, region.kode, 'profile')
  const kind = KECAMATAN_KIND[region.kecamatan_kode] ?? 'plantation'
  const traits = KIND_TRAITS[kind]
  const isUrban = kind === 'urban' || region.jenis === 'kelurahan'
  const distance = distanceKm(SANGATTA, [region.label_lng, region.label_lat])
  const remoteness = Math.min(1, 0.7 * Math.min(1, distance / REMOTENESS_FULL_KM) + traits.remoteness)
  const isHotspot = (EXTREME_POVERTY.hotspot_kecamatan as readonly string[]).includes(region.kecamatan_kode)
  // Jitter each livelihood share by ±30% so villages of one kind differ.
  const livelihoodMix = Object.fromEntries(
    Object.entries(LIVELIHOOD_MIX[kind]).map(([key, share]) => [key, share * (0.7 + 0.6 * random.uniform())]),
  ) as Record<MataPencaharian, number>
  return {
    region,
    kind,
    isUrban,
    isHotspot,
    remoteness,
    // Log-welfare village term: towns +0.1, remoteness up to −0.3, village noise σ 0.1 (tuned, see README).
    welfareEffect: (isUrban ? 0.1 : 0) - 0.3 * remoteness + 0.1 * random.normal(),
    livelihoodMix,
    ethnicMix: ETHNIC_MIX[kind],
    populationWeight:
      traits.weight *
      (region.jenis === 'kelurahan' ? 1.4 : 1) *
      Math.max(1, region.luas_km2) ** 0.1 *
      Math.exp(-0.8 * remoteness + 0.35 * random.normal()),
    annualGrowth: traits.growth + 0.004 * random.normal(),
    pocketShare: isHotspot ? HOTSPOT_POCKET_SHARE : 0,
  }
}
