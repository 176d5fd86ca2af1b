/**
 * The workbench's draft, so a reload resumes where the planner was. It is kept in two parts:
 * - the file itself (a Blob, possibly hundreds of megabytes) in IndexedDB (`ppd-impor`), written once when
 *   the planner picks it;
 * - the planner's choices (kind, mapping, confirmed village-name matches, options, stage) in localStorage,
 *   written synchronously on every change. A change is therefore kept even when the page is reloaded the
 *   moment after it (an IndexedDB write of the whole draft could still be in flight then, and was lost).
 * The two carry the same draft id; choices whose file is not (yet) stored are no draft.
 * Confirmed mappings and name matches are also remembered per source (column-mapping.ts
 * `mappingSourceKey`) in localStorage. The pseudonymisation key is kept for this tab only
 * (sessionStorage), never with the draft.
 */
import type { ImportKind } from '../import/import-kinds.ts'
import { type ColumnMapping, mappingSourceKey, proposeMapping } from '../import/workbench/column-mapping.ts'
import type { ConfirmedNames } from '../import/workbench/resolve-village-names.ts'
import type { SniffedFile } from '../import/workbench/workbench-protocol.ts'

/** How far the planner got; a reload re-runs the steps up to it. */
export type DraftStage = 'mapping' | 'report' | 'preview'

/** What a reload restores. */
export interface ImportDraft {
  /** Ties the choices to their file; a new one for every file (or sheet) picked. */
  id: string
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

/** The part of a draft kept in IndexedDB. */
type DraftFile = Pick<ImportDraft, 'id' | 'file' | 'fileName' | 'sheet'>
/** The part of a draft kept in localStorage. */
type DraftChoices = Omit<ImportDraft, 'file' | 'fileName' | 'sheet'>

const DB_NAME = 'ppd-impor'
const STORE = 'draft'
const FILE_KEY = 'file'
/** Where releases before the split kept the whole draft. */
const WHOLE_DRAFT_KEY = 'current'
const CHOICES_KEY = 'ppd-impor-draft'
const MAPPINGS_KEY = 'ppd-impor-mapping'
const NAMES_KEY = 'ppd-impor-nama-desa'
const KEY_KEY = 'ppd-impor-kunci'

/** The id of the file this page last stored or loaded, so choices alone need no IndexedDB write. */
let storedFileId: string | null = null

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

/** A new draft id. */
export function newDraftId(): string {
  return crypto.randomUUID()
}

/** The saved draft, or null. A draft saved whole by an earlier release is split on the way. */
export async function loadDraft(): Promise<ImportDraft | null> {
  const whole = (await run('readonly', (store) => store.get(WHOLE_DRAFT_KEY))) as
    | Omit<ImportDraft, 'id'>
    | undefined
  if (whole) {
    const draft = { ...whole, id: newDraftId() }
    await saveDraft(draft)
    await run('readwrite', (store) => store.delete(WHOLE_DRAFT_KEY))
    return draft
  }
  const file = (await run('readonly', (store) => store.get(FILE_KEY))) as DraftFile | undefined
  const choices = readChoices()
  if (!file || !choices || choices.id !== file.id) return null
  storedFileId = file.id
  return { ...choices, file: file.file, fileName: file.fileName, sheet: file.sheet }
}

/**
 * Saves (replaces) the draft. The choices are durable once this returns, before the promise settles;
 * the file (written only when it is new to this page) once the promise resolves.
 */
export async function saveDraft(draft: ImportDraft): Promise<void> {
  const { file, fileName, sheet, ...choices } = draft
  localStorage.setItem(CHOICES_KEY, JSON.stringify(choices satisfies DraftChoices))
  if (storedFileId === draft.id) return
  const stored: DraftFile = { id: draft.id, file, fileName, sheet }
  await run('readwrite', (store) => store.put(stored, FILE_KEY))
  storedFileId = draft.id
}

/** Forgets the draft (after a commit, or when the planner starts over). */
export async function clearDraft(): Promise<void> {
  localStorage.removeItem(CHOICES_KEY)
  storedFileId = null
  await run('readwrite', (store) => store.delete(FILE_KEY))
}

function readChoices(): DraftChoices | null {
  try {
    const choices = JSON.parse(localStorage.getItem(CHOICES_KEY) ?? 'null') as DraftChoices | null
    return choices && typeof choices.id === 'string' ? choices : null
  } catch {
    return null
  }
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

/**
 * The draft of a file just picked, at its mapping: the best proposed kind (keluarga when none fits),
 * with the mapping and name matches remembered for its source when there are some.
 */
export function draftForFile(file: Blob, fileName: string, sniffed: SniffedFile): ImportDraft {
  const best = sniffed.proposals[0] ?? proposeMapping('keluarga', sniffed.header)
  const sourceKey = mappingSourceKey(best.kind, sniffed.header)
  return {
    id: newDraftId(),
    file,
    fileName,
    sheet: sniffed.sheet,
    kind: best.kind,
    mapping: rememberedMapping(sourceKey) ?? best.mapping,
    confirmedNames: rememberedNames(sourceKey),
    dropRejected: false,
    wholePeriods: false,
    stage: 'mapping',
  }
}
