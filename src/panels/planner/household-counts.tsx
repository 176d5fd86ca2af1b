import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import type { VillageHouseholdCounts } from '../../data/planner/village-household-counts.ts'
import { type Language, localeOf } from '../../lib/language.ts'

/** The household counts of a village per DTSEN period, newest first, as a small table. */
export function HouseholdCounts({
  counts,
  language,
}: {
  counts: readonly VillageHouseholdCounts[]
  language: Language
}): ReactElement {
  const { t } = useTranslation()
  if (counts.length === 0) return <p>{t('planner.village.noHouseholds')}</p>
  const number = (value: number) => value.toLocaleString(localeOf(language))
  return (
    <table className="planner-table" data-testid="household-counts">
      <thead>
        <tr>
          <th scope="col">{t('planner.village.period')}</th>
          <th scope="col">{t('planner.village.keluarga')}</th>
          <th scope="col">{t('planner.village.miskin')}</th>
          <th scope="col">{t('planner.village.ekstrem')}</th>
          <th scope="col">{t('planner.village.jiwa')}</th>
        </tr>
      </thead>
      <tbody>
        {counts.map((row) => (
          <tr key={row.periode}>
            <th scope="row">{row.periode}</th>
            <td data-testid={`keluarga-${row.periode}`}>{number(row.jumlah_keluarga)}</td>
            <td>{number(row.jumlah_miskin)}</td>
            <td>{number(row.jumlah_miskin_ekstrem)}</td>
            <td>{number(row.jumlah_jiwa)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
