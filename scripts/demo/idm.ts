/**
 * Demo `idm.csv`: Indeks Desa Membangun per desa and year, 2019–2025. Village values are synthetic, drawn from
 * the village traits (remoteness, poverty); the kabupaten anchors (idm-targets.ts) are real and reproduced
 * exactly. This module draws the two anchor years; idm-years.ts the years between and after, and the rows.
 */
import { type IdmTargets, KUTIM_IDM_TARGETS } from './idm-targets.ts'
import { makeRow, scoreInYear, type Traits, UNITS } from './idm-years.ts'
import { makeRandom } from './random.ts'
import { DEMO_YEARS, type DemoRegion, type IdmRow, type IdmStatus, type VillageYearSummary } from './types.ts'

const STATUS_ORDER: readonly IdmStatus[] = [
  'mandiri',
  'maju',
  'berkembang',
  'tertinggal',
  'sangat_tertinggal',
]
/** Score range drawn for each baseline status; inner bounds are the thresholds, outer ones tuned to look like 2019 data. */
const BASELINE_RANGES: Record<IdmStatus, [number, number]> = {
  mandiri: [8156, 8500],
  maju: [7073, 8155],
  berkembang: [5990, 7072],
  tertinggal: [4908, 5989],
  sangat_tertinggal: [4400, 4907],
}
/**
 * Quantile function of the other desa's scores in `lowest_year`, as [probability, score] knots (linear between):
 * about 25 % berkembang, 45 % maju, 30 % mandiri, none tertinggal. Tuned, not published; neighbours in 2024:
 * Kutai Kartanegara 87 mandiri / 83 maju / 23 berkembang (Antara Kaltim), Kutai Barat 59 / 86 / 41 (infokubar.id),
 * and Kutai Barat held the only tertinggal desa in Kaltim (Antara Kaltim, DPMPD Kaltim).
 */
const LOWEST_YEAR_QUANTILES: readonly [number, number][] = [
  [0, 6100],
  [0.25, 7072],
  [0.7, 8155],
  [1, 9200],
]
/** Noise of the lowest-year rank, in units. */
const RANK_NOISE = 300

/**
 * IDM rows for every desa (kelurahan have no IDM) and year of `DEMO_YEARS`, sorted by year then kode.
 * 1. Baseline: a latent development level (lower with remoteness and poverty, plus noise) ranks the desa;
 *    named desa take their real status, the rest fill the status counts by rank, and each status's scores
 *    are sorted uniform draws inside its threshold range. The `lowest` desa are ranked last in the baseline.
 * 2. Lowest year: `lowest` desa get their published scores; the others, ranked by baseline score plus noise,
 *    take scores from {@link LOWEST_YEAR_QUANTILES}, all above the highest published lowest score.
 * 3. Years between move along {@link PROGRESS} with small noise; later years gain up to {@link MAX_GAIN_AFTER}.
 * 4. IKS/IKE/IKL: per-desa offsets from the score (IKS lower when remote, IKE lower when poor), with
 *    IKL = 3 × score − IKS − IKE so the mean is exact; all clamped to 0..1.
 * Throws when the desa count differs from the targets or a named desa is missing or ambiguous.
 */
export function generateIdm(
  regions: readonly DemoRegion[],
  summaries: readonly VillageYearSummary[],
  seed: number,
  targets: IdmTargets = KUTIM_IDM_TARGETS,
): IdmRow[] {
  const desa = regions.filter((region) => region.jenis === 'desa').sort((a, b) => compare(a.kode, b.kode))
  const expected = STATUS_ORDER.reduce((total, status) => total + targets.baseline_counts[status], 0)
  if (desa.length !== expected) {
    throw new Error(`IDM targets expect ${expected} desa, got ${desa.length}`)
  }
  const traits = readTraits(desa, summaries, targets.baseline_year)
  const named = new Map(
    targets.baseline_named.map((entry) => [findDesa(desa, entry.nama).kode, entry.status]),
  )
  const lowest = new Map(
    targets.lowest.map((entry) => [findDesa(desa, entry.nama, entry.kecamatan_nama).kode, entry.skor_idm]),
  )
  const baseline = drawBaseline(desa, traits, named, new Set(lowest.keys()), targets, seed)
  const lowestYear = drawLowestYear(desa, baseline, lowest, seed)
  const rows: IdmRow[] = []
  for (const tahun of DEMO_YEARS) {
    for (const region of desa) {
      const units = scoreInYear(region.kode, tahun, baseline, lowestYear, targets, seed)
      rows.push(makeRow(region.kode, tahun, units, traits.get(region.kode), seed))
    }
  }
  return rows
}

function readTraits(
  desa: readonly DemoRegion[],
  summaries: readonly VillageYearSummary[],
  year: number,
): Map<string, Traits> {
  const byKode = new Map(summaries.filter((row) => row.tahun === year).map((row) => [row.kode, row]))
  return new Map(
    desa.map((region) => {
      const summary = byKode.get(region.kode)
      if (summary === undefined)
        throw new Error(`no ${year} summary for desa ${region.kode} (${region.nama})`)
      const poverty_rate = summary.penduduk > 0 ? summary.penduduk_miskin / summary.penduduk : 0
      return [region.kode, { remoteness: summary.remoteness, poverty_rate }]
    }),
  )
}

/** The one desa named `nama` (and in `kecamatan_nama`, when given), matched case- and space-insensitively. */
function findDesa(desa: readonly DemoRegion[], nama: string, kecamatan_nama?: string): DemoRegion {
  const matches = desa.filter(
    (region) =>
      normalise(region.nama) === normalise(nama) &&
      (kecamatan_nama === undefined || normalise(region.kecamatan_nama) === normalise(kecamatan_nama)),
  )
  const where = kecamatan_nama === undefined ? '' : ` in kecamatan ${kecamatan_nama}`
  if (matches.length === 0) throw new Error(`IDM target desa "${nama}"${where} not found among the desa`)
  const [match] = matches
  if (match === undefined || matches.length > 1)
    throw new Error(`IDM target desa "${nama}"${where} is ambiguous`)
  return match
}

function drawBaseline(
  desa: readonly DemoRegion[],
  traits: ReadonlyMap<string, Traits>,
  named: ReadonlyMap<string, IdmStatus>,
  lowest: ReadonlySet<string>,
  targets: IdmTargets,
  seed: number,
): Map<string, number> {
  const meanPoverty = mean([...traits.values()].map((trait) => trait.poverty_rate))
  // Latent development: remoteness and poverty weigh about equally over their Kutim ranges (tuned); the
  // published-lowest desa are pushed below everyone not named, so they start in the lowest free status.
  const latent = new Map(
    desa.map((region) => {
      const trait = traits.get(region.kode) ?? { remoteness: 0.5, poverty_rate: meanPoverty }
      const noise = makeRandom(seed, 'idm-latent', region.kode).normal() * 0.35
      const level = -1.2 * trait.remoteness - 2 * (trait.poverty_rate - meanPoverty) + noise
      return [region.kode, lowest.has(region.kode) ? level - 100 : level]
    }),
  )
  const free = { ...targets.baseline_counts }
  for (const [kode, status] of named) {
    free[status] -= 1
    if (free[status] < 0) throw new Error(`more named desa than baseline_counts.${status} (${kode})`)
  }
  const byLatent = desa
    .map((region) => region.kode)
    .sort((a, b) => (latent.get(b) ?? 0) - (latent.get(a) ?? 0))
  const members = new Map<IdmStatus, string[]>(STATUS_ORDER.map((status) => [status, []]))
  let cursor = 0
  for (const kode of byLatent) {
    const status = named.get(kode) ?? nextFreeStatus(free, cursor)
    if (!named.has(kode)) {
      cursor = STATUS_ORDER.indexOf(status)
      free[status] -= 1
    }
    members.get(status)?.push(kode)
  }
  const scores = new Map<string, number>()
  for (const status of STATUS_ORDER) {
    const kodes = members.get(status) ?? []
    const [low, high] = BASELINE_RANGES[status]
    const random = makeRandom(seed, 'idm-baseline', status)
    const draws = kodes.map(() => low + Math.floor(random.uniform() * (high - low + 1))).sort((a, b) => b - a)
    kodes.forEach((kode, index) => {
      scores.set(kode, draws[index] ?? low)
    })
  }
  return scores
}

function nextFreeStatus(free: Record<IdmStatus, number>, from: number): IdmStatus {
  const status = STATUS_ORDER.slice(from).find((candidate) => free[candidate] > 0)
  if (status === undefined) throw new Error('baseline_counts exhausted before every desa had a status')
  return status
}

function drawLowestYear(
  desa: readonly DemoRegion[],
  baseline: ReadonlyMap<string, number>,
  lowest: ReadonlyMap<string, number>,
  seed: number,
): Map<string, number> {
  const scores = new Map([...lowest].map(([kode, score]) => [kode, Math.round(score * UNITS)]))
  const floor = Math.max(...scores.values(), 0) + 1
  const others = desa
    .map((region) => region.kode)
    .filter((kode) => !lowest.has(kode))
    .map((kode) => ({
      kode,
      rank: (baseline.get(kode) ?? 0) + makeRandom(seed, 'idm-rank', kode).normal() * RANK_NOISE,
    }))
    .sort((a, b) => a.rank - b.rank || compare(a.kode, b.kode))
  const random = makeRandom(seed, 'idm-lowest-year')
  const draws = others
    .map(() => Math.max(floor, Math.round(quantile(random.uniform()))))
    .sort((a, b) => a - b)
  others.forEach(({ kode }, index) => {
    scores.set(kode, draws[index] ?? floor)
  })
  return scores
}

function quantile(probability: number): number {
  for (let index = 1; index < LOWEST_YEAR_QUANTILES.length; index++) {
    const [p0, v0] = LOWEST_YEAR_QUANTILES[index - 1] ?? [0, 0]
    const [p1, v1] = LOWEST_YEAR_QUANTILES[index] ?? [1, 0]
    if (probability <= p1) return v0 + ((probability - p0) / (p1 - p0)) * (v1 - v0)
  }
  return LOWEST_YEAR_QUANTILES[LOWEST_YEAR_QUANTILES.length - 1]?.[1] ?? 0
}

function normalise(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase()
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((total, value) => total + value, 0) / values.length
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
