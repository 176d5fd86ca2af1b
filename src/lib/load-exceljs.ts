/**
 * exceljs (≈ 250 KB gzip) for every XLSX the app reads or writes: loaded on first use, never on a first
 * screen. Its CommonJS build reaches an ES import as the default export in some bundles and as the
 * namespace in others (Vite's dev server, Node); both are accepted here, once.
 */
export type ExcelJs = typeof import('exceljs')

export async function loadExcelJs(): Promise<ExcelJs> {
  const module = await import('exceljs')
  return (module as unknown as { default?: ExcelJs }).default ?? module
}
