import { type ReactElement, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { OpenProgress } from '../../data/local/worker-protocol.ts'
import { useLocale } from '../../ui/use-locale.ts'

/**
 * Progress of opening the local database: on the first visit the engine and demo download (bytes of
 * the total and an estimate of the time left, from the rate so far), then loading and checking it.
 */
export function LocalProgress({ progress }: { progress: OpenProgress | null }): ReactElement {
  const { t } = useTranslation()
  const startedAt = useRef<number | null>(null)
  const locale = useLocale()
  const mb = (bytes: number) => (bytes / 1e6).toLocaleString(locale, { maximumFractionDigits: 1 })
  if (!progress) return <p role="status">{t('planner.local.starting')}</p>
  const { phase, loaded, total } = progress
  if (phase === 'download' && startedAt.current === null) startedAt.current = performance.now()
  const elapsed = startedAt.current === null ? 0 : (performance.now() - startedAt.current) / 1000
  const rate = elapsed > 0.5 ? loaded / elapsed : 0
  const secondsLeft = total !== null && rate > 0 ? Math.max(0, (total - loaded) / rate) : null
  return (
    <div role="status" className="planner-card" data-testid="local-progress" data-phase={phase}>
      <p>{t(`planner.local.progress.${phase}`)}</p>
      {phase === 'download' && (
        <>
          <progress
            max={total ?? undefined}
            value={loaded}
            aria-label={t('planner.local.progress.download')}
          />
          <p className="planner-banner__meta" data-testid="local-progress-bytes">
            {total === null
              ? t('planner.local.progress.bytesUnknown', { loaded: mb(loaded) })
              : t('planner.local.progress.bytes', { loaded: mb(loaded), total: mb(total) })}
            {secondsLeft !== null &&
              ` · ${t('planner.local.progress.left', { seconds: Math.ceil(secondsLeft).toLocaleString(locale) })}`}
          </p>
        </>
      )}
    </div>
  )
}
