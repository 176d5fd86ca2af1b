/**
 * Publishes snapshot files into the output folder so that a reader (or a failed build) never sees a
 * half-written snapshot: every file is first written in full to a staging folder beside the output
 * folder (same file system, so renames are atomic), then renamed into place with the manifest last. If
 * any rename fails, the files already replaced are restored from hard-link backups. Other files in the
 * output folder (e.g. another generator's) are left alone.
 */
import { randomBytes } from 'node:crypto'
import { link, mkdir, rename, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'

/** A file to publish, path relative to the output folder (no sub-folders). */
export interface OutputFile {
  path: string
  content: Buffer | string
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  )
}

/**
 * Writes `files` into `outDir`; the last file is renamed last, so put the manifest there. Either all
 * files are replaced or, on failure, `outDir` is left as it was and the error is rethrown.
 */
export async function writeAtomic(outDir: string, files: readonly OutputFile[]): Promise<void> {
  const target = path.resolve(outDir)
  const parent = path.dirname(target)
  const unique = `${process.pid}-${randomBytes(4).toString('hex')}`
  const staging = path.join(parent, `.${path.basename(target)}-staging-${unique}`)
  const backup = path.join(parent, `.${path.basename(target)}-backup-${unique}`)
  await mkdir(parent, { recursive: true })
  await mkdir(staging)
  try {
    for (const file of files) {
      if (path.basename(file.path) !== file.path)
        throw new Error(`writeAtomic() takes plain file names, got ${file.path}`)
      await writeFile(path.join(staging, file.path), file.content)
    }
    if (!(await exists(target))) {
      await rename(staging, target)
      return
    }
    await mkdir(backup)
    const replaced: Array<{ name: string; hasBackup: boolean }> = []
    try {
      for (const file of files) {
        const destination = path.join(target, file.path)
        const hasBackup = await link(destination, path.join(backup, file.path)).then(
          () => true,
          () => false,
        )
        await rename(path.join(staging, file.path), destination)
        replaced.push({ name: file.path, hasBackup })
      }
    } catch (error) {
      for (const { name, hasBackup } of replaced.reverse()) {
        const destination = path.join(target, name)
        if (hasBackup) await rename(path.join(backup, name), destination).catch(() => undefined)
        else await rm(destination, { force: true }).catch(() => undefined)
      }
      throw error
    }
  } finally {
    await rm(staging, { recursive: true, force: true })
    await rm(backup, { recursive: true, force: true })
  }
}
