import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import type { PublishedFigure } from '../../data/planner/published-village-figures.ts'
import type { VillageHouseholdCounts } from '../../data/planner/village-household-counts.ts'
import { useLanguage } from '../../i18n/use-language.ts'
import { localeOf } from '../../lib/language.ts'
import { TableHead } from '../../ui/table-head.tsx'

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
  const language = useLanguage()
  const { t } = useTranslation()
  if (counts.length === 0) return <p>{t('planner.village.noHouseholds')}</p>
  const number = (value: number) => value.toLocaleString(localeOf(language))
  const publishedText = (periode: number): string => {
    const figure = published?.get(periode)?.get('jumlah_kk_dtsen')
    if (!figure) return '—'
    return figure.nilai === null ? t(`planner.village.status.${figure.status}`) : number(figure.nilai)
  }
  return (
    <table className="planner-table" data-testid="household-counts">
      <TableHead
        columns={[
          { label: t('planner.village.period') },
          { label: t('planner.village.keluarga') },
          { label: t('planner.village.miskin') },
          { label: t('planner.village.ekstrem') },
          { label: t('planner.village.jiwa') },
          ...(published ? [{ label: t('planner.village.published') }] : []),
        ]}
      />
      <tbody>
        {counts.map((row) => (
          <tr key={row.periode}>
            <th scope="row">{row.periode}</th>
            <td data-testid={`keluarga-${row.periode}`}>{number(row.jumlah_keluarga)}</td>
            <td>{number(row.jumlah_miskin)}</td>
            <td>{number(row.jumlah_miskin_ekstrem)}</td>
            <td>{number(row.jumlah_jiwa)}</td>
            {published && <td data-testid={`published-${row.periode}`}>{publishedText(row.periode)}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
