import { describe, expect, it } from 'vitest'
import { makeRegions } from './make-regions'
import { buildVillageProfile, distanceKm, KECAMATAN_KIND } from './village-profile'

const profiles = makeRegions().map((region) => buildVillageProfile(region, 42))
const byKecamatan = (kode: string) => profiles.filter((profile) => profile.region.kecamatan_kode === kode)
const meanRemoteness = (kode: string): number => {
  const members = byKecamatan(kode)
  return members.reduce((sum, profile) => sum + profile.remoteness, 0) / members.length
}

describe('KECAMATAN_KIND', () => {
  it('classifies all 18 Kutai Timur kecamatan', () => {
    expect(Object.keys(KECAMATAN_KIND)).toHaveLength(18)
  })
})

describe('distanceKm()', () => {
  it('measures about 111 km per degree of latitude', () => {
    expect(distanceKm([117, 0], [117, 1])).toBeCloseTo(111.2, 0)
  })
})

describe('buildVillageProfile()', () => {
  it('gives the same traits for the same seed', () => {
    const [region] = makeRegions()
    if (!region) throw new Error('no fixture region')
    expect(buildVillageProfile(region, 7)).toEqual(buildVillageProfile(region, 7))
  })

  it.each([
    ['Sangatta Utara', '64.08.04', 'urban'],
    ['Sangkulirang', '64.08.05', 'coastal'],
    ['Rantau Pulung', '64.08.14', 'plantation'],
    ['Busang', '64.08.06', 'interior'],
  ])('treats %s as %s', (_, kode, kind) => {
    expect(byKecamatan(kode).every((profile) => profile.kind === kind)).toBe(true)
  })

  it.each([
    ['Busang', '64.08.06'],
    ['Muara Wahau', '64.08.02'],
    ['Long Mesangat', '64.08.18'],
    ['Sandaran', '64.08.11'],
  ])('rates %s more remote than Sangatta Utara and Selatan', (_, kode) => {
    expect(meanRemoteness(kode)).toBeGreaterThan(meanRemoteness('64.08.04') + 0.2)
    expect(meanRemoteness(kode)).toBeGreaterThan(meanRemoteness('64.08.12') + 0.2)
  })

  it('keeps remoteness within 0..1', () => {
    for (const profile of profiles) expect(profile.remoteness).toBeGreaterThanOrEqual(0)
    for (const profile of profiles) expect(profile.remoteness).toBeLessThanOrEqual(1)
  })

  it('marks kelurahan as urban and only Muara Ancalong and Muara Bengkal as hotspots', () => {
    expect(profiles.filter((p) => p.region.jenis === 'kelurahan').every((p) => p.isUrban)).toBe(true)
    const hotspots = new Set(profiles.filter((p) => p.isHotspot).map((p) => p.region.kecamatan_nama))
    expect(hotspots).toEqual(new Set(['Muara Ancalong', 'Muara Bengkal']))
  })

  it('gives fishers a share only where there is coast or river', () => {
    const plantation = byKecamatan('64.08.14')
    const coastal = byKecamatan('64.08.05')
    expect(plantation.every((profile) => profile.livelihoodMix.nelayan === 0)).toBe(true)
    expect(coastal.every((profile) => profile.livelihoodMix.nelayan > 0.15)).toBe(true)
  })
})
