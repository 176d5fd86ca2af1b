import { type ChangeEvent, type ReactElement, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { BrowserDumpInfo } from '../../data/local/browser-dump-info.ts'
import type { OpenReport } from '../../data/local/worker-protocol.ts'
import { downloadFile } from '../../ui/download-file.ts'
import { useFormatNumber } from '../../ui/use-locale.ts'
import { LocalNotice } from './local-notice.tsx'

const today = (): string => new Date().toISOString().slice(0, 10)

/**
 * The local-mode banner: the data stays on this device, what subset it holds, how it was opened, and the
 * actions reset to demo data / export my database / import a database.
 */
export function LocalModeBanner({
  info,
  report,
  notice,
  onReset,
  onExport,
  onBackup,
  onImport,
}: {
  info: BrowserDumpInfo
  report: OpenReport
  notice: Error | null
  onReset: () => Promise<void>
  onExport: () => Promise<Blob>
  onBackup: () => Promise<Blob | null>
  onImport: (file: File) => Promise<void>
}): ReactElement {
  const { t } = useTranslation()
  const [isWorking, setIsWorking] = useState(false)
  const [error, setError] = useState<Error | null>(null)
  const fileInput = useRef<HTMLInputElement>(null)
  const number = useFormatNumber()
  const seconds = number(report.ms / 1000, { maximumFractionDigits: 1 })

  const act = async (work: () => Promise<void>) => {
    setIsWorking(true)
    setError(null)
    try {
      await work()
    } catch (caught) {
      setError(caught instanceof Error ? caught : new Error(String(caught)))
    } finally {
      setIsWorking(false)
    }
  }

  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    event.target.value = ''
    if (file && window.confirm(t('planner.local.importConfirm', { file: file.name })))
      void act(() => onImport(file))
  }

  return (
    <section className="planner-banner" aria-labelledby="planner-banner-title" data-testid="local-banner">
      <p className="planner-banner__title" id="planner-banner-title">
        {t('planner.local.banner')}
      </p>
      <p>{t('planner.local.bannerDetail')}</p>
      <p>
        {t('planner.local.subset', {
          periode: info.periode,
          keluarga: number(info.rows.keluarga),
        })}
      </p>
      <p className="planner-banner__meta" data-testid="local-origin" data-origin={report.origin}>
        {report.origin === 'saved'
          ? t('planner.local.openedSaved', { seconds })
          : report.origin === 'file'
            ? t('planner.local.openedFile', { seconds })
            : t('planner.local.openedDemo', {
                seconds,
                megabytes: number(info.bytes / 1e6, { maximumFractionDigits: 1 }),
              })}
      </p>
      {report.migrated && (
        <p data-testid="local-migrated">
          {t('planner.local.migrated', {
            megabytes: number(report.migrated.backupBytes / 1e6, { maximumFractionDigits: 1 }),
          })}{' '}
          <button
            type="button"
            className="button button--secondary"
            disabled={isWorking}
            onClick={() =>
              void act(async () => {
                const backup = await onBackup()
                if (backup) downloadFile(backup, `peta-prioritas-desa-cadangan-${today()}.tar.gz`)
              })
            }
          >
            {t('planner.local.downloadBackup')}
          </button>
        </p>
      )}
      <div className="planner-banner__actions">
        <button
          type="button"
          className="button button--secondary"
          disabled={isWorking}
          onClick={() => window.confirm(t('planner.local.resetConfirm')) && void act(onReset)}
        >
          {t('planner.local.reset')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={isWorking}
          onClick={() =>
            void act(async () => downloadFile(await onExport(), `peta-prioritas-desa-${today()}.tar.gz`))
          }
        >
          {t('planner.local.export')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={isWorking}
          onClick={() => fileInput.current?.click()}
        >
          {t('planner.local.import')}
        </button>
        <input ref={fileInput} type="file" accept=".tar.gz,.tgz,application/gzip" hidden onChange={onFile} />
        {isWorking && <span role="status">{t('planner.local.working')}</span>}
      </div>
      {(error ?? notice) && <LocalNotice error={(error ?? notice) as Error} />}
    </section>
  )
}
