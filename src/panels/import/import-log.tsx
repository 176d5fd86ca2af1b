import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import type { ImportLogEntry } from '../../data/planner/import-workbench.ts'
import { HeadedTable } from '../../ui/headed-table.tsx'
import { useLocale } from '../../ui/use-locale.ts'

/** The columns between the batch number and the undo button, as keys of `impor`. */
const LOG_COLUMNS = [
  'when',
  'who',
  'name',
  'kind',
  'period',
  'rows',
  'rejected',
  'replaced',
  'removed',
] as const

/** The import log: who, when, file, sha256, kind, period, rows; undo on the batches that allow it. */
export function ImportLog({
  entries,
  onUndo,
}: {
  entries: readonly ImportLogEntry[]
  onUndo: (batchId: number) => void
}): ReactElement {
  const { t } = useTranslation()
  const locale = useLocale()
  const when = (iso: string) => new Date(iso).toLocaleString(locale)
  return (
    <section className="planner-card" data-testid="import-log">
      <h3>{t('impor.log')}</h3>
      {entries.length === 0 ? (
        <p>{t('impor.logEmpty')}</p>
      ) : (
        <HeadedTable
          className="import-table"
          headings={['#', ...LOG_COLUMNS.map((column) => t(`impor.${column}`)), '']}
          rows={entries}
          renderRow={(entry) => (
            <tr
              key={entry.id}
              data-testid="import-log-entry"
              data-id={entry.id}
              data-undone={entry.dibatalkan_pada !== null}
            >
              <td>{entry.id}</td>
              <td>{when(entry.diimpor_pada)}</td>
              <td>{entry.diimpor_oleh_nama ?? ''}</td>
              <td title={entry.sha256 ?? ''}>
                {entry.nama_file}
                {entry.sha256 && <small className="import-sha"> sha256 {entry.sha256.slice(0, 12)}…</small>}
              </td>
              <td>{t(`impor.kinds.${entry.jenis}`)}</td>
              <td>{entry.periode_kunci?.join(', ') ?? ''}</td>
              <td>{entry.jumlah_baris.toLocaleString(locale)}</td>
              <td>{entry.jumlah_ditolak.toLocaleString(locale)}</td>
              <td>{entry.jumlah_diganti.toLocaleString(locale)}</td>
              <td>{entry.jumlah_dihapus.toLocaleString(locale)}</td>
              <td>
                {entry.dibatalkan_pada ? (
                  t('impor.undone', { when: when(entry.dibatalkan_pada) })
                ) : entry.bisa_dibatalkan ? (
                  <button
                    type="button"
                    className="button button--secondary"
                    data-testid="import-undo"
                    onClick={() => onUndo(entry.id)}
                  >
                    {t('impor.undo')}
                  </button>
                ) : null}
              </td>
            </tr>
          )}
        />
      )}
    </section>
  )
}
