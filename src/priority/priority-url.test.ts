import { describe, expect, it } from 'vitest'
import { defaultPrioritySettings, type PrioritySettings } from './priority-settings.ts'
import {
  decodePrioritySettings,
  encodePrioritySettings,
  formatWeights,
  type PriorityUrlContext,
  parseWeights,
} from './priority-url.ts'

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

describe('encodePrioritySettings() and decodePrioritySettings()', () => {
  it('round-trip every setting through the URL', () => {
    const context = makeContext()
    const search = encodePrioritySettings(makeSettings(), context.defaults)
    expect(search).toBe(
      '?t=2024&w=persen_kk_miskin_ekstrem:50,cakupan_pkh:25,skor_idm:5&n=min-max&bn=kk_miskin' +
        '&bc=dana_desa_per_kk_miskin&kec=64.08.02&idm=1,2&mp=nelayan&jenis=desa&top=20&desa=64.08.02.2003',
    )
    expect(decodePrioritySettings(search, context)).toEqual({ settings: makeSettings(), notices: [] })
  })

  it('writes the year, weights and normalisation even at their defaults, and keeps lang and e2e', () => {
    const context = makeContext()
    const search = encodePrioritySettings(context.defaults, context.defaults, '?lang=en&e2e&w=old:1')
    expect(search).toBe('?t=2025&w=persen_kk_desil_1_4:40,cakupan_pkh:30,cakupan_bpnt:30&n=rank&lang=en&e2e=')
    expect(decodePrioritySettings(search, context).settings).toEqual(context.defaults)
  })

  it.each([
    { key: 't', value: '1999', reason: 'unknown' },
    { key: 't', value: 'last', reason: 'malformed' },
    { key: 'w', value: 'no_such_indicator:10', reason: 'unknown' },
    { key: 'w', value: 'cakupan_pkh:101', reason: 'out-of-range' },
    { key: 'w', value: 'cakupan_pkh:0', reason: 'out-of-range' },
    { key: 'w', value: 'cakupan_pkh=10', reason: 'malformed' },
    { key: 'w', value: 'cakupan_pkh:1,cakupan_pkh:2', reason: 'malformed' },
    { key: 'n', value: 'zscore', reason: 'unknown' },
    { key: 'bn', value: 'cakupan_pkh', reason: 'unknown' },
    { key: 'bc', value: 'kk_miskin', reason: 'unknown' },
    { key: 'kec', value: '64.08.99', reason: 'unknown' },
    { key: 'idm', value: '1,9', reason: 'out-of-range' },
    { key: 'idm', value: 'maju', reason: 'malformed' },
    { key: 'mp', value: 'tambang', reason: 'unknown' },
    { key: 'jenis', value: 'kota', reason: 'unknown' },
    { key: 'top', value: '500', reason: 'out-of-range' },
    { key: 'top', value: 'ten', reason: 'malformed' },
    { key: 'desa', value: '64.08.09.9999', reason: 'unknown' },
  ] as const)('falls back on $key=$value ($reason) and reports it', ({ key, value, reason }) => {
    const context = makeContext()
    const decoded = decodePrioritySettings(`?${new URLSearchParams({ [key]: value })}`, context)
    expect(decoded.settings).toEqual(context.defaults)
    expect(decoded.notices).toEqual([{ key, value, reason }])
  })

  it('keeps the valid values of a partly broken link', () => {
    const decoded = decodePrioritySettings('?t=2023&w=bogus&top=15', makeContext())
    expect([decoded.settings.tahun, decoded.settings.top]).toEqual([2023, 15])
    expect(decoded.notices.map((notice) => notice.key)).toEqual(['w'])
  })
})

describe('formatWeights() and parseWeights()', () => {
  it('leaves zero weights out and reads them back in the order of the published definitions', () => {
    const text = formatWeights({ skor_idm: 10, kk_miskin: 0, persen_kk_desil_1: 90 })
    expect(text).toBe('persen_kk_desil_1:90,skor_idm:10')
    expect(parseWeights(text)).toEqual({ ok: true, value: { persen_kk_desil_1: 90, skor_idm: 10 } })
  })
})
