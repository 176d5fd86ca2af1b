import { describe, expect, it } from 'vitest'
import { decideDuplicate, decideDuplicateRequest } from './decide-duplicate.ts'
import { makeFakeEngine } from './make-fake-engine.ts'

const KEY = '0123456789abcdef0123456789abcdef'

describe('decideDuplicateRequest()', () => {
  it('calls tetapkan_keputusan_duplikat with the key, the decision and the trimmed note', () => {
    expect(decideDuplicateRequest(KEY, 'orang_sama', '  satu orang  ')).toEqual({
      kind: 'rpc',
      fn: 'tetapkan_keputusan_duplikat',
      args: { p_kunci: KEY, p_keputusan: 'orang_sama', p_catatan: 'satu orang' },
    })
  })

  it.each([
    ['a key that is not a pair key', 'bukan-kunci', '', /kunci: expected a pair key/],
    ['a note over 500 characters', KEY, 'x'.repeat(501), /catatan: at most 500 characters, got 501/],
  ])('refuses %s before sending anything', (_label, key, note, message) => {
    expect(() => decideDuplicateRequest(key, 'berbeda', note)).toThrow(message)
  })
})

describe('decideDuplicate()', () => {
  it('returns the decision as stored, with its time', async () => {
    const row = {
      kunci_pasangan: KEY,
      keputusan: 'berbeda',
      catatan: '',
      diputuskan_oleh: null,
      diputuskan_pada: '2026-12-01T10:00:00.000Z',
    }
    const { engine } = makeFakeEngine([row])
    expect(await decideDuplicate(engine, KEY, 'berbeda', '')).toEqual({
      kunci_pasangan: KEY,
      keputusan: 'berbeda',
      catatan: '',
      diputuskan_pada: '2026-12-01T10:00:00.000Z',
    })
  })

  it('fails clearly when the database returns no row', async () => {
    const { engine } = makeFakeEngine([])
    await expect(decideDuplicate(engine, KEY, 'berbeda', '')).rejects.toThrow(/no row returned/)
  })
})
