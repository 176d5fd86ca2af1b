/**
 * The workbench draft survives a reload: fake-indexeddb stands in for the browser's IndexedDB and a
 * Map-backed Storage for localStorage; a "reload" is a fresh copy of the module over the same stores.
 */
import { IDBFactory } from 'fake-indexeddb'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { ImportDraft } from './import-draft.ts'

class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>()
  get length(): number {
    return this.items.size
  }
  clear(): void {
    this.items.clear()
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null
  }
  removeItem(key: string): void {
    this.items.delete(key)
  }
  setItem(key: string, value: string): void {
    this.items.set(key, String(value))
  }
}

/** The module as a freshly loaded page sees it. */
async function page(): Promise<typeof import('./import-draft.ts')> {
  vi.resetModules()
  return import('./import-draft.ts')
}

const draftOf = (id: string, overrides: Partial<ImportDraft> = {}): ImportDraft => ({
  id,
  file: new Blob(['no_kk;kode_desa\n1;64.08.01.2001\n']),
  fileName: 'keluarga.csv',
  sheet: null,
  kind: 'keluarga',
  mapping: ['no_kk', 'kode_desa'],
  confirmedNames: {},
  dropRejected: false,
  wholePeriods: false,
  stage: 'mapping',
  ...overrides,
})

beforeEach(() => {
  vi.stubGlobal('indexedDB', new IDBFactory())
  vi.stubGlobal('localStorage', new MemoryStorage())
})
afterEach(() => vi.unstubAllGlobals())

describe('the import draft', () => {
  it('comes back after a reload with its file and every choice', async () => {
    const first = await page()
    await first.saveDraft(draftOf('a', { stage: 'report', dropRejected: true, confirmedNames: { x: '1' } }))
    const loaded = await (await page()).loadDraft()
    expect(loaded).toMatchObject({ id: 'a', fileName: 'keluarga.csv', stage: 'report', dropRejected: true })
    expect(loaded?.confirmedNames).toEqual({ x: '1' })
    expect(await loaded?.file.text()).toBe('no_kk;kode_desa\n1;64.08.01.2001\n')
  })

  it('keeps a mapping change that a reload follows at once: it is stored before saveDraft returns', async () => {
    const first = await page()
    await first.saveDraft(draftOf('a'))
    const open = vi.spyOn(indexedDB, 'open')
    const changed = draftOf('a', { mapping: ['no_kk', null] })
    const pending = first.saveDraft(changed)
    // Nothing asynchronous is left for a change of choices: a reload now cannot lose it.
    expect(open).not.toHaveBeenCalled()
    open.mockRestore()
    expect((await (await page()).loadDraft())?.mapping).toEqual(changed.mapping)
    await pending
  })

  it('stores the file again for a new draft, and choices without their file are no draft', async () => {
    const first = await page()
    await first.saveDraft(draftOf('a'))
    await first.saveDraft(draftOf('b', { fileName: 'lain.csv' }))
    const loaded = await (await page()).loadDraft()
    expect(loaded?.fileName).toBe('lain.csv')
    expect(await loaded?.file.text()).toContain('no_kk')
    // Choices of a file whose write a reload cut short: neither another file with them, nor them.
    localStorage.setItem('ppd-impor-draft', JSON.stringify({ ...draftOf('c'), file: undefined }))
    expect(await (await page()).loadDraft()).toBeNull()
  })

  it('is gone after clearDraft, and a damaged entry of choices is no draft rather than an error', async () => {
    const first = await page()
    await first.saveDraft(draftOf('a'))
    await first.clearDraft()
    expect(await (await page()).loadDraft()).toBeNull()
    await first.saveDraft(draftOf('c'))
    localStorage.setItem('ppd-impor-draft', '{not json')
    expect(await (await page()).loadDraft()).toBeNull()
  })

  it('splits a whole draft saved by an earlier release and keeps it', async () => {
    const { id: _id, ...whole } = draftOf('old', { stage: 'preview', wholePeriods: true })
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open('ppd-impor', 1)
      request.onupgradeneeded = () => request.result.createObjectStore('draft')
      request.onsuccess = () => {
        const transaction = request.result.transaction('draft', 'readwrite')
        transaction.objectStore('draft').put(whole, 'current')
        transaction.oncomplete = () => {
          request.result.close()
          resolve()
        }
        transaction.onerror = () => reject(transaction.error)
      }
    })
    const migrated = await (await page()).loadDraft()
    expect(migrated).toMatchObject({ stage: 'preview', wholePeriods: true, fileName: 'keluarga.csv' })
    const again = await (await page()).loadDraft()
    expect(again?.id).toBe(migrated?.id)
    expect(await again?.file.text()).toContain('64.08.01.2001')
  })
})
