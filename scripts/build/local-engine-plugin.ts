/**
 * Vite plugin: the module `virtual:ppd-local-engine` lists the local-mode engine files
 * (local-engine-files.ts) with their URLs and sizes. Each file is imported with `?url`, so Vite serves it
 * in `vite dev` and emits it as a hashed asset in the build, fetched only by the planner's worker.
 */
import path from 'node:path'
import type { Plugin } from 'vite'
import { writeEngineFiles } from './local-engine-files.ts'

const ID = 'virtual:ppd-local-engine'
const RESOLVED = `\0${ID}`

/** Adds `virtual:ppd-local-engine` (types: src/data/local/local-engine.d.ts). */
export function localEngine(): Plugin {
  let cacheDir = ''
  return {
    name: 'ppd-local-engine',
    configResolved(config) {
      cacheDir = path.join(config.cacheDir, 'ppd-local-engine')
    },
    resolveId(id) {
      return id === ID ? RESOLVED : null
    },
    async load(id) {
      if (id !== RESOLVED) return null
      const files = await writeEngineFiles(cacheDir)
      const imports = files.map(
        (file, index) => `import url${index} from ${JSON.stringify(`${file.file}?url`)}`,
      )
      const entries = files.map(
        (file, index) =>
          `{ key: ${JSON.stringify(file.key)}, url: url${index}, bytes: ${file.bytes}, rawBytes: ${file.rawBytes} }`,
      )
      return `${imports.join('\n')}\nexport const ENGINE_FILES = [${entries.join(', ')}]\n`
    },
  }
}
