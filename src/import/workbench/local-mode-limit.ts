/** How large a file the workbench takes in local mode, and the refusal of a larger one. */

/**
 * The largest file the workbench takes in local mode. Local mode keeps its whole database in the
 * browser's memory, and a file's rows are staged there before the commit: measured in headless Chromium
 * (scripts/bench/workbench-file.ts), a 50 MB file (505,663 households) went through in 95 s, while a
 * 100 MB one left the embedded database without memory and the screen waiting. Larger files go through
 * the Supabase mode or the command line, which stream to a server.
 */
export const LOCAL_MODE_MAX_FILE_BYTES = 50 * 1024 * 1024

/** The refusal of a file too large for local mode, in both languages. */
export function tooLargeForLocalMode(fileName: string, bytes: number): string {
  const mb = (value: number, digits = 0) => (value / (1024 * 1024)).toFixed(digits)
  return (
    `${fileName}: ${mb(bytes, 1)} MB terlalu besar untuk mode lokal (paling besar ${mb(LOCAL_MODE_MAX_FILE_BYTES)} MB: ` +
    'basis data lokal ada di memori peramban). Bagi file per kecamatan, atau impor lewat mode Supabase atau baris perintah. / ' +
    `${fileName}: ${mb(bytes, 1)} MB is too large for local mode (at most ${mb(LOCAL_MODE_MAX_FILE_BYTES)} MB: the local ` +
    "database lives in the browser's memory). Split the file by kecamatan, or import it through the Supabase mode or the command line."
  )
}
