import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import { type FollowUp, LOCAL_DEVICE_AUTHOR } from '../../data/planner/follow-up.ts'
import { useLocale } from '../../ui/use-locale.ts'

/** The follow-up log of a village, newest first: status, note, author and time. */
export function FollowUpHistory({ followUps }: { followUps: readonly FollowUp[] }): ReactElement {
  const { t } = useTranslation()
  const locale = useLocale()
  if (followUps.length === 0) return <p>{t('planner.followUp.none')}</p>
  const format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' })
  return (
    <div>
      <h4 className="planner-subtitle">{t('planner.followUp.history')}</h4>
      <ol className="planner-history" data-testid="follow-up-history">
        {followUps.map((item) => (
          <li key={item.id} className="planner-history__item">
            <span className={`planner-status planner-status--${item.status}`}>
              {t(`planner.followUp.${item.status}`)}
            </span>
            {item.catatan && <p className="planner-history__note">{item.catatan}</p>}
            <p className="planner-history__meta">
              {t('planner.followUp.by', {
                author:
                  item.penulis === LOCAL_DEVICE_AUTHOR ? t('planner.followUp.thisDevice') : item.penulis,
                when: format.format(new Date(item.dibuat_pada)),
              })}
            </p>
          </li>
        ))}
      </ol>
    </div>
  )
}
