/**
 * The workbench's draft, kept in IndexedDB (`ppd-impor`) so a reload resumes where the planner was: the
 * file itself (a Blob), the kind, the confirmed mapping, the confirmed village-name matches and the
 * choices made. Confirmed mappings and name matches are remembered per source (column-mapping.ts
 * `mappingSourceKey`) in localStorage. The pseudonymisation key
 * is kept for this tab only (sessionStorage), never with the draft.
 */
import type { ImportKind } from '../import/import-kinds.ts'
import type { ColumnMapping } from '../import/workbench/column-mapping.ts'
import type { ConfirmedNames } from '../import/workbench/resolve-village-names.ts'

/** How far the planner got; a reload re-runs the steps up to it. */
export type DraftStage = 'mapping' | 'report' | 'preview'

/** What a reload restores. */
export interface ImportDraft {
  file: Blob
  fileName: string
  sheet: string | null
  kind: ImportKind
  mapping: ColumnMapping
  /** Village-name matches the planner confirmed; absent in drafts saved before names were matched. */
  confirmedNames?: ConfirmedNames
  dropRejected: boolean
  wholePeriods: boolean
  stage: DraftStage
}

const DB_NAME = 'ppd-impor'
const STORE = 'draft'
const MAPPINGS_KEY = 'ppd-impor-mapping'
const NAMES_KEY = 'ppd-impor-nama-desa'
const KEY_KEY = 'ppd-impor-kunci'

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1)
    request.onupgradeneeded = () => request.result.createObjectStore(STORE)
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error)
  })
}

async function run<T>(mode: IDBTransactionMode, body: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open()
  try {
    return await new Promise<T>((resolve, reject) => {
      const transaction = db.transaction(STORE, mode)
      const request = body(transaction.objectStore(STORE))
      // Resolve on commit, not on the request: only then is the write durable.
      transaction.oncomplete = () => resolve(request.result)
      transaction.onerror = () => reject(transaction.error)
    })
  } finally {
    db.close()
  }
}

/** The saved draft, or null. */
export async function loadDraft(): Promise<ImportDraft | null> {
  return ((await run('readonly', (store) => store.get('current'))) as ImportDraft | undefined) ?? null
}

/** Saves (replaces) the draft; resolves once it is durable. */
export async function saveDraft(draft: ImportDraft): Promise<void> {
  await run('readwrite', (store) => store.put(draft, 'current'))
}

/** Forgets the draft (after a commit, or when the planner starts over). */
export async function clearDraft(): Promise<void> {
  await run('readwrite', (store) => store.delete('current'))
}

/** The mapping confirmed last time for this source, if any. */
export function rememberedMapping(sourceKey: string): ColumnMapping | null {
  return recall<ColumnMapping>(MAPPINGS_KEY, sourceKey)
}

/** Remembers a confirmed mapping for its source. */
export function rememberMapping(sourceKey: string, mapping: ColumnMapping): void {
  remember(MAPPINGS_KEY, sourceKey, mapping)
}

/** The village-name matches confirmed for this source, or none. */
export function rememberedNames(sourceKey: string): ConfirmedNames {
  return recall<ConfirmedNames>(NAMES_KEY, sourceKey) ?? {}
}

/** Remembers the confirmed village-name matches of a source (replacing what it had). */
export function rememberNames(sourceKey: string, names: ConfirmedNames): void {
  remember(NAMES_KEY, sourceKey, names)
}

function recall<T>(storageKey: string, sourceKey: string): T | null {
  try {
    const all = JSON.parse(localStorage.getItem(storageKey) ?? '{}') as Record<string, T>
    return all[sourceKey] ?? null
  } catch {
    return null
  }
}

function remember(storageKey: string, sourceKey: string, value: unknown): void {
  let all: Record<string, unknown> = {}
  try {
    all = JSON.parse(localStorage.getItem(storageKey) ?? '{}') as Record<string, unknown>
  } catch {
    // A damaged entry is replaced rather than blocking the planner.
  }
  all[sourceKey] = value
  localStorage.setItem(storageKey, JSON.stringify(all))
}

/** The pseudonymisation key typed in this tab. */
export function sessionKey(): string {
  return sessionStorage.getItem(KEY_KEY) ?? ''
}

/** Keeps the key for this tab (a reload keeps it; closing the tab forgets it). */
export function setSessionKey(key: string): void {
  sessionStorage.setItem(KEY_KEY, key)
}
