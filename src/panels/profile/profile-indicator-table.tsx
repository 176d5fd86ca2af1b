import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import { useLanguage } from '../../i18n/use-language.ts'
import type { Language } from '../../lib/language.ts'
import { TableHead } from '../../ui/table-head.tsx'
import { Sparkline } from '../charts/sparkline.tsx'
import type { Translate } from '../table/table-cells.ts'
import type { ProfileGroup, ProfileRow } from './build-profile.ts'
import { describeProfileRank, describeProfileValue } from './profile-format.ts'
import './profile-table.css'

function describeTrend(row: ProfileRow, language: Language, t: Translate): string {
  const points = row.series
    .filter((point) => point.nilai !== null)
    .map(
      (point) =>
        `${point.tahun} ${describeProfileValue({ nilai: point.nilai, status: 'ada' }, row.indicator, language, t)}`,
    )
  if (points.length === 0) return t('profile.trendNone')
  return t('profile.trendLabel', { name: row.indicator.label[language], points: points.join('; ') })
}

/** One theme's indicators: the village, its district, the kabupaten, the rank and the trend. */
export function ProfileIndicatorTable({
  group,
  kecamatanName,
  years,
}: {
  group: ProfileGroup
  kecamatanName: string
  years: readonly number[]
}): ReactElement {
  const language = useLanguage()
  const { t } = useTranslation()
  const translate: Translate = (key, options) => t(key, options)
  const headingId = `profile-theme-${group.theme}`
  const value = (row: ProfileRow, entry: ProfileRow['desa'] | null) => (
    <td
      className={`is-numeric${entry !== null && entry.status !== 'ada' ? ' is-missing' : ''}`}
      title={entry === null ? t('profile.notPublishedTitle') : undefined}
    >
      {describeProfileValue(entry, row.indicator, language, translate, { withUnit: false })}
    </td>
  )
  return (
    <section
      className="profile-section"
      aria-labelledby={headingId}
      data-testid={`profile-theme-${group.theme}`}
    >
      <h2 id={headingId}>{t(`theme.${group.theme}`)}</h2>
      <div className="profile-table__scroll">
        <table className="profile-table profile-table--indicators">
          <colgroup>
            <col className="profile-table__col-label" />
            <col span={4} className="profile-table__col-value" />
            <col className="profile-table__col-trend" />
          </colgroup>
          <TableHead
            numericClassName="is-numeric"
            columns={[
              { label: t('profile.column.indicator') },
              { label: t('profile.column.desa'), isNumeric: true },
              { label: t('profile.column.kecamatan', { name: kecamatanName }), isNumeric: true },
              { label: t('profile.column.kabupaten'), isNumeric: true },
              { label: t('profile.column.rank'), isNumeric: true },
              { label: t('profile.column.trend', { from: years[0] ?? '', to: years.at(-1) ?? '' }) },
            ]}
          />
          <tbody>
            {group.rows.map((row) => (
              <tr key={row.indicator.id} data-testid="profile-row" data-indicator-id={row.indicator.id}>
                <th scope="row">
                  <span className="profile-table__label">{row.indicator.label[language]}</span>
                  <span className="profile-table__unit">{row.indicator.unit[language]}</span>
                </th>
                {value(row, row.desa)}
                {value(row, row.kecamatan)}
                {value(row, row.kabupaten)}
                <td className={`is-numeric${row.rank.kind === 'ranked' ? '' : ' is-missing'}`}>
                  {describeProfileRank(row.rank, translate)}
                </td>
                <td className="profile-table__trend">
                  <Sparkline series={row.series} label={describeTrend(row, language, translate)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}
