import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import type { PublishedFigure } from '../../data/planner/published-village-figures.ts'
import type { VillageHouseholdCounts } from '../../data/planner/village-household-counts.ts'
import { HeadedTable } from '../../ui/headed-table.tsx'
import { useFormatNumber } from '../../ui/use-locale.ts'

/** The columns of counts per period, as keys of `planner.village`. */
const COUNT_COLUMNS = ['period', 'keluarga', 'miskin', 'ekstrem', 'jiwa'] as const

/**
 * The household counts of a village per DTSEN period, newest first, as a small table, with the figure the
 * public map shows for the same year (sums of rounded cells: docs/disclosure-control.md) beside
 * the row-level count.
 */
export function HouseholdCounts({
  counts,
  published,
}: {
  counts: readonly VillageHouseholdCounts[]
  published: ReadonlyMap<number, ReadonlyMap<string, PublishedFigure>> | null
}): ReactElement {
  const { t } = useTranslation()
  const number = useFormatNumber()
  if (counts.length === 0) return <p>{t('planner.village.noHouseholds')}</p>
  const publishedText = (periode: number): string => {
    const figure = published?.get(periode)?.get('jumlah_kk_dtsen')
    if (!figure) return '—'
    return figure.nilai === null ? t(`planner.village.status.${figure.status}`) : number(figure.nilai)
  }
  return (
    <HeadedTable
      className="planner-table"
      testId="household-counts"
      headings={[
        ...COUNT_COLUMNS.map((column) => t(`planner.village.${column}`)),
        ...(published ? [t('planner.village.published')] : []),
      ]}
      rows={counts}
      renderRow={(row) => (
        <tr key={row.periode}>
          <th scope="row">{row.periode}</th>
          <td data-testid={`keluarga-${row.periode}`}>{number(row.jumlah_keluarga)}</td>
          <td>{number(row.jumlah_miskin)}</td>
          <td>{number(row.jumlah_miskin_ekstrem)}</td>
          <td>{number(row.jumlah_jiwa)}</td>
          {published && <td data-testid={`published-${row.periode}`}>{publishedText(row.periode)}</td>}
        </tr>
      )}
    />
  )
}
