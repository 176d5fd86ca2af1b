import type { ReactElement, ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useLanguage } from '../../i18n/use-language.ts'
import { formatValue } from '../../indicators/format.ts'
import { FactList } from '../../ui/fact-list.tsx'
import { TableHead } from '../../ui/table-head.tsx'
import type { Translate } from '../table/table-cells.ts'
import type { VillageProfile } from './build-profile.ts'
import { describeIdmStatus, describeProfileRank, describeProfileValue } from './profile-format.ts'
import './profile-table.css'

/** The "at a glance" cards: IDM status, Dana Desa, the aid programmes, and the locator map. */
export function ProfileGlance({
  profile,
  locator,
}: {
  profile: VillageProfile
  /** The locator map card's content. */
  locator: ReactNode
}): ReactElement {
  const language = useLanguage()
  const { t } = useTranslation()
  const translate: Translate = (key, options) => t(key, options)
  const { status, score } = profile.idm
  const statusValue = status?.desa.status === 'ada' ? status.desa.nilai : null
  const statusName = describeIdmStatus(statusValue, translate)
  return (
    <section className="profile-glance" aria-label={t('profile.glance.title')}>
      <article className="profile-card" data-testid="profile-idm">
        <h2>{t('profile.glance.idm')}</h2>
        <p className={`profile-card__big idm-status idm-status--${statusValue ?? 'none'}`}>
          {statusName ??
            (status ? describeProfileValue(status.desa, status.indicator, language, translate) : '—')}
        </p>
        {score && (
          <p className="profile-card__meta">
            {t('profile.glance.idmScore', {
              score:
                score.desa.status === 'ada'
                  ? formatValue(score.desa.nilai, language, score.indicator.decimals)
                  : describeProfileValue(score.desa, score.indicator, language, translate),
            })}
            {score.rank.kind === 'ranked' &&
              ` · ${t('profile.column.rank')} ${describeProfileRank(score.rank, translate)}`}
          </p>
        )}
      </article>
      <article className="profile-card" data-testid="profile-dana-desa">
        <h2>{t('profile.glance.danaDesa')}</h2>
        <FactList
          className="profile-card__list"
          facts={profile.danaDesa.map((row) => ({
            key: row.indicator.id,
            term: row.indicator.label[language],
            value: describeProfileValue(row.desa, row.indicator, language, translate),
          }))}
        />
      </article>
      <article className="profile-card" data-testid="profile-locator">
        <h2>{t('profile.glance.locator')}</h2>
        {locator}
      </article>
      <article className="profile-card profile-card--wide" data-testid="profile-programs">
        <h2>{t('profile.glance.programs')}</h2>
        <table className="profile-table profile-table--compact">
          <TableHead
            numericClassName="is-numeric"
            columns={[
              { label: t('profile.glance.program') },
              { label: t('profile.glance.recipients'), isNumeric: true },
              { label: t('profile.glance.coverage'), isNumeric: true },
            ]}
          />
          <tbody>
            {profile.programs.map((program) => (
              <tr key={program.name}>
                <th scope="row">{program.name}</th>
                <td className="is-numeric">
                  {describeProfileValue(
                    program.recipients.desa,
                    program.recipients.indicator,
                    language,
                    translate,
                  )}
                </td>
                <td className="is-numeric">
                  {program.coverage
                    ? describeProfileValue(
                        program.coverage.desa,
                        program.coverage.indicator,
                        language,
                        translate,
                      )
                    : t('profile.notPublished')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </article>
    </section>
  )
}
