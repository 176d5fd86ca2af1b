import { describe, expect, it } from 'vitest'
import { itRejectsEach } from '../lib/testing/each-rejected-value.ts'
import { defaultPrioritySettings, type PrioritySettings } from './priority-settings.ts'
import { definePrioritySettings, type PriorityUrlContext, WEIGHTS } from './priority-url.ts'

function makeContext(): PriorityUrlContext {
  return {
    years: [2023, 2024, 2025],
    kecamatanCodes: ['64.08.01', '64.08.02'],
    villageCodes: ['64.08.01.2001', '64.08.02.2003'],
    defaults: defaultPrioritySettings(2025),
  }
}

function makeSettings(): PrioritySettings {
  return {
    tahun: 2024,
    weights: { persen_kk_miskin_ekstrem: 50, cakupan_pkh: 25, skor_idm: 5 },
    normalisation: 'min-max',
    bivariate: { need: 'kk_miskin', coverage: 'dana_desa_per_kk_miskin' },
    filters: { kecamatan: '64.08.02', idm: [1, 2], livelihood: 'nelayan', jenis: 'desa' },
    top: 20,
    selected: '64.08.02.2003',
  }
}

describe('definePrioritySettings()', () => {
  it('round-trips every setting through the URL', () => {
    const codec = definePrioritySettings(makeContext())
    const search = codec.encode(makeSettings())
    expect(search).toBe(
      '?tahun=2024&w=persen_kk_miskin_ekstrem:50,cakupan_pkh:25,skor_idm:5&n=min-max&bn=kk_miskin' +
        '&bc=dana_desa_per_kk_miskin&kec=64.08.02&idm=1,2&mp=nelayan&jenis=desa&top=20&desa=64.08.02.2003',
    )
    expect(codec.decode(search)).toEqual({ state: makeSettings(), rejected: [] })
  })

  it('writes the year, weights and normalisation even at their defaults, and keeps lang and e2e', () => {
    const context = makeContext()
    const codec = definePrioritySettings(context)
    const search = codec.encode(context.defaults, '?lang=en&e2e&w=old:1')
    expect(search).toBe(
      '?lang=en&e2e=&tahun=2025&w=persen_kk_desil_1_4:40,cakupan_pkh:30,cakupan_bpnt:30&n=rank',
    )
    expect(codec.decode(search).state).toEqual(context.defaults)
  })

  itRejectsEach(definePrioritySettings(makeContext()), {
    tahun: ['1999', 'last'],
    w: [
      'no_such_indicator:10',
      'cakupan_pkh:101',
      'cakupan_pkh:0',
      'cakupan_pkh=10',
      'cakupan_pkh:1,cakupan_pkh:2',
    ],
    n: ['zscore'],
    bn: ['cakupan_pkh'],
    bc: ['kk_miskin'],
    kec: ['64.08.99'],
    idm: ['1,9', 'maju', '1,1'],
    mp: ['tambang'],
    jenis: ['kota'],
    top: ['500', 'ten'],
    desa: ['64.08.09.9999'],
  })

  it('keeps the valid values of a partly broken link', () => {
    const decoded = definePrioritySettings(makeContext()).decode('?tahun=2023&w=bogus&top=15')
    expect([decoded.state.tahun, decoded.state.top]).toEqual([2023, 15])
    expect(decoded.rejected.map((rejection) => rejection.key)).toEqual(['w'])
  })

  it('reads an old link with the year under `t` and rewrites it under `tahun`', () => {
    const codec = definePrioritySettings(makeContext())
    const old = '?t=2024&w=persen_kk_desil_1_4:40,cakupan_pkh:30,cakupan_bpnt:30&n=rank&lang=en'
    const { state, rejected } = codec.decode(old)
    expect(rejected).toEqual([])
    expect(state).toEqual({ ...defaultPrioritySettings(2025), tahun: 2024 })
    expect(codec.encode(state, old)).toBe(
      '?lang=en&tahun=2024&w=persen_kk_desil_1_4:40,cakupan_pkh:30,cakupan_bpnt:30&n=rank',
    )
  })

  it('leaves zero weights out of the link', () => {
    const codec = definePrioritySettings(makeContext())
    const settings = { ...makeSettings(), weights: { cakupan_pkh: 60, skor_idm: 0, kk_miskin: 40 } }
    expect(new URLSearchParams(codec.encode(settings)).get('w')).toBe('kk_miskin:40,cakupan_pkh:60')
  })
})

describe('WEIGHTS', () => {
  it('writes the weights in the order of the published definitions and reads them back', () => {
    const text = WEIGHTS.format({ skor_idm: 10, persen_kk_desil_1: 90 })
    expect(text).toBe('persen_kk_desil_1:90,skor_idm:10')
    expect(WEIGHTS.parse(text)).toEqual({ persen_kk_desil_1: 90, skor_idm: 10 })
  })
})
