/** What the duplicate review and the combination-rule editor share: the years, the mode, village names. */
export interface ReviewContext {
  /** The years with data, newest first. */
  years: readonly number[]
  /** Local mode (the browser's copy): some checks and counts do not run there. */
  isLocal: boolean
  /** A village's name and kecamatan by its code. */
  villageName: (kode: string) => string
}
