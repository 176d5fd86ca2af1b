/** The local-mode engine files (scripts/build/local-engine-plugin.ts). */
declare module 'virtual:ppd-local-engine' {
  /** One gzipped engine file: its key, URL, download size and unpacked size. */
  export interface EngineFileEntry {
    key: 'pglite.wasm' | 'pglite.data' | 'initdb.wasm' | 'postgis.tar'
    url: string
    bytes: number
    rawBytes: number
  }
  export const ENGINE_FILES: readonly EngineFileEntry[]
}
