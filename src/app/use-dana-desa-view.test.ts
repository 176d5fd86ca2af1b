import { describe, expect, it } from 'vitest'
import { DEFAULT_DANA_DESA_VIEW } from '../dana-desa/simulator-url.ts'
import { updateDanaDesaView } from './use-dana-desa-view.ts'

describe('updateDanaDesaView()', () => {
  it.each([
    ['set-year', { type: 'set-year', tahun: 2023 } as const, { tahun: 2023 }],
    [
      'set-map',
      { type: 'set-map', peta: 'realisasi_dana_desa_persen' } as const,
      { peta: 'realisasi_dana_desa_persen' },
    ],
    ['select', { type: 'select', kode: '64.08.01.2001' } as const, { desa: '64.08.01.2001' }],
  ])('applies %s', (_, action, change) => {
    expect(updateDanaDesaView(DEFAULT_DANA_DESA_VIEW, action)).toEqual({
      ...DEFAULT_DANA_DESA_VIEW,
      ...change,
    })
  })

  it('switches to the change map when a setting is edited', () => {
    const next = updateDanaDesaView(DEFAULT_DANA_DESA_VIEW, {
      type: 'settings',
      action: { type: 'set-weight', variable: 'penduduk_miskin', bp: 5000 },
    })
    expect(next.peta).toBe('perubahan')
    expect(next.settings.weights.penduduk_miskin).toBe(5000)
  })

  it('keeps the map on reset', () => {
    const state = { ...DEFAULT_DANA_DESA_VIEW, peta: 'dana_desa_per_kapita' as const }
    expect(updateDanaDesaView(state, { type: 'settings', action: { type: 'reset' } }).peta).toBe(
      'dana_desa_per_kapita',
    )
  })
})
