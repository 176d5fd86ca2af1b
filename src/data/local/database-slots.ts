/**
 * Two IndexedDB slots for the local database and a pointer to the current one, so a replacement (reset
 * to demo data, an imported file, a migrated copy) is written into the other slot, checked there, and
 * only then made current by one IndexedDB transaction. Until that moment the saved copy is untouched;
 * a tab closed half-way leaves a stale other slot, which the next open deletes.
 *
 * The pointer lives in its own small IndexedDB database (workers have no localStorage). Before slots
 * existed the copy was `idb://ppd-perencana`: that is slot A, so an existing copy stays current.
 */
import { LocalDatabaseError } from './local-error.ts'
import { LOCAL_DATABASE_NAME } from './worker-protocol.ts'

/** The two slot names (`idb://<name>` data directories). */
export const SLOTS = [LOCAL_DATABASE_NAME, `${LOCAL_DATABASE_NAME}-b`] as const
/** One of {@link SLOTS}. */
export type Slot = (typeof SLOTS)[number]

const META_DATABASE = `${LOCAL_DATABASE_NAME}-meta`
const STORE = 'pointer'
const KEY = 'current'
/** Blocked deletes wait this long: a connection of a replaced worker closes within moments in Chromium. */
const BLOCKED_MS = 5_000

function promised<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error)
  })
}

function openMeta(): Promise<IDBDatabase> {
  const request = indexedDB.open(META_DATABASE, 1)
  request.onupgradeneeded = () => request.result.createObjectStore(STORE)
  return promised(request)
}

/** IndexedDB databases PGlite keeps for `slot` (it mounts the data directory under its own root). */
async function namesOf(slot: Slot): Promise<string[]> {
  const all = await indexedDB.databases()
  return all.map((entry) => entry.name ?? '').filter((name) => name === slot || name.endsWith(`/${slot}`))
}

/** Whether `slot` holds a saved data directory. */
export async function hasCopy(slot: Slot): Promise<boolean> {
  return (await namesOf(slot)).length > 0
}

/** The current slot (slot A when no pointer was ever written). */
export async function currentSlot(): Promise<Slot> {
  const db = await openMeta()
  try {
    const value = await promised(db.transaction(STORE).objectStore(STORE).get(KEY))
    return SLOTS.find((slot) => slot === value) ?? SLOTS[0]
  } finally {
    db.close()
  }
}

/** The slot that is not current. */
export function otherSlot(slot: Slot): Slot {
  return slot === SLOTS[0] ? SLOTS[1] : SLOTS[0]
}

/** Stores `value` under `key` in one transaction, flushed to disk (`strict`) before it resolves. */
async function putMeta(key: string, value: unknown): Promise<void> {
  const db = await openMeta()
  try {
    const transaction = db.transaction(STORE, 'readwrite', { durability: 'strict' })
    transaction.objectStore(STORE).put(value, key)
    await new Promise<void>((resolve, reject) => {
      transaction.oncomplete = () => resolve()
      transaction.onerror = transaction.onabort = () => reject(transaction.error)
    })
  } finally {
    db.close()
  }
}

/** Makes `slot` current: one durable IndexedDB write. */
export function makeCurrent(slot: Slot): Promise<void> {
  return putMeta(KEY, slot)
}

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name)
    let timer: ReturnType<typeof setTimeout> | undefined
    request.onsuccess = () => {
      clearTimeout(timer)
      resolve()
    }
    request.onerror = () => reject(new Error(`cannot delete the saved database ${name}`))
    // A connection that stays open belongs to another tab (this worker holds none of this slot).
    request.onblocked = () => {
      timer = setTimeout(
        () =>
          reject(new LocalDatabaseError('other-tab', 'the saved database is open in another tab: close it')),
        BLOCKED_MS,
      )
    }
  })
}

/** Deletes every IndexedDB database of `slot` (never call it on the current slot while it is in use). */
export async function clearSlot(slot: Slot): Promise<void> {
  for (const name of await namesOf(slot)) await deleteDatabase(name)
}

const BACKUP_KEY = 'backup-before-migration'

/** Keeps `file` (the copy as it was before a schema migration) until the next migration replaces it. */
export function saveBackup(file: Blob): Promise<void> {
  return putMeta(BACKUP_KEY, file)
}

/** The backup {@link saveBackup} kept, if any. */
export async function readBackup(): Promise<Blob | null> {
  const db = await openMeta()
  try {
    const value = await promised(db.transaction(STORE).objectStore(STORE).get(BACKUP_KEY))
    return value instanceof Blob ? value : null
  } finally {
    db.close()
  }
}
