import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { IndicatorData } from '../data/indicators.ts'
import type { Snapshot } from '../data/snapshot.ts'
import { useLanguage } from '../i18n/use-language.ts'
import { buildCsv } from '../priority/export-csv.ts'
import { buildExportTable, labelWithUnit } from '../priority/export-table.ts'
import { buildXlsx } from '../priority/export-xlsx.ts'
import type { PrioritySettings } from '../priority/priority-settings.ts'
import type { Ranking } from '../priority/rank-villages.ts'
import { downloadFile } from '../ui/download-file.ts'

/** Where the last download stands. */
export type ExportState = { status: 'idle' | 'working' } | { status: 'failed'; message: string }

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** Downloads the ranked list as CSV or XLSX, in the reader's language, with the settings and snapshot id. */
export function usePriorityExport({
  ranking,
  settings,
  snapshot,
  indicatorData,
  regionTitle,
}: {
  ranking: Ranking
  settings: PrioritySettings
  snapshot: Snapshot
  indicatorData: IndicatorData
  regionTitle: string
}): { exportState: ExportState; runExport: (format: 'csv' | 'xlsx') => void } {
  const { t } = useTranslation()
  const language = useLanguage()
  const [exportState, setExportState] = useState<ExportState>({ status: 'idle' })
  const runExport = useCallback(
    (format: 'csv' | 'xlsx') => {
      const definitions = new Map(indicatorData.file.indicators.map((item) => [item.id, item]))
      const kecamatan = new Map(snapshot.kecamatan.map((item) => [item.kode, item.nama]))
      const snapshotId = snapshot.manifest.snapshot_id
      const table = buildExportTable({
        ranking,
        settings,
        snapshotId,
        regionTitle,
        exportedAt: new Date().toISOString(),
        link: window.location.href,
        isSynthetic: ranking.criteria.some((criterion) => definitions.get(criterion.id)?.synthetic ?? false),
        indicatorLabel: (id) => {
          const definition = definitions.get(id)
          return definition ? labelWithUnit(definition, language) : id
        },
        kecamatanName: (kode) => kecamatan.get(kode) ?? kode,
        decimalsOf: (id) => definitions.get(id)?.decimals ?? 2,
        t: (key, options) => t(key, options),
      })
      const fileName = `${t('prioritas.export.fileName')}-${snapshot.region.kode}-${settings.tahun}`
      if (format === 'csv') {
        downloadFile(buildCsv(table), `${fileName}.csv`, 'text/csv;charset=utf-8')
        return
      }
      setExportState({ status: 'working' })
      buildXlsx(
        table,
        {
          rankingSheet: t('prioritas.export.sheetRanking'),
          settingsSheet: t('prioritas.export.sheetSettings'),
          title: t('prioritas.export.heading'),
          settingHeader: [t('prioritas.export.setting.key'), t('prioritas.export.setting.value')],
        },
        snapshotId,
      )
        .then((bytes) => {
          downloadFile(bytes, `${fileName}.xlsx`, XLSX_TYPE)
          setExportState({ status: 'idle' })
        })
        .catch((error: unknown) => setExportState({ status: 'failed', message: String(error) }))
    },
    [ranking, settings, snapshot, indicatorData, regionTitle, language, t],
  )
  return { exportState, runExport }
}
