import { type ReactElement, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { FormulaYear } from '../dana-desa/formula-inputs.ts'
import type { Simulation } from '../dana-desa/simulate.ts'
import {
  buildSimulationWorkbook,
  type ExportContext,
  formatSimulationCsv,
} from '../dana-desa/simulation-export.ts'
import type { SettingsProblem, SimulatorSettings } from '../dana-desa/simulator-settings.ts'
import { loadExcelJs } from '../lib/load-exceljs.ts'
import { ChangeTable } from '../panels/dana-desa/change-table.tsx'
import { SimulatorForm } from '../panels/dana-desa/simulator-form.tsx'
import { downloadFile } from '../ui/download-file.ts'
import type { DanaDesaViewAction } from './use-dana-desa-view.ts'

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/**
 * The formula simulator: the parameter form, the gainers-and-losers table and the exports. The formula
 * runs for the year's published total; with the official settings it reproduces the published pagu.
 */
export function SimulatorSection({
  year,
  settings,
  problems,
  simulation,
  error,
  names,
  selected,
  snapshotId,
  dispatch,
  onSelect,
}: {
  year: FormulaYear
  settings: SimulatorSettings
  problems: readonly SettingsProblem[]
  simulation: Simulation | null
  error: string | null
  names: ReadonlyMap<string, { nama: string; kecamatan: string }>
  selected: string | null
  snapshotId: string
  dispatch: (action: DanaDesaViewAction) => void
  /** Selects a desa (and shows it on the map). */
  onSelect: (kode: string) => void
}): ReactElement {
  const { t } = useTranslation()
  const [isExporting, setIsExporting] = useState(false)
  const context = (): ExportContext => ({ snapshotId, link: window.location.href, names })
  const fileName = `simulasi-dana-desa-${year.tahun}`
  const exportCsv = (): void => {
    if (!simulation) return
    downloadFile(
      formatSimulationCsv(simulation, settings, context()),
      `${fileName}.csv`,
      'text/csv;charset=utf-8',
    )
  }
  const exportXlsx = async (): Promise<void> => {
    if (!simulation) return
    setIsExporting(true)
    try {
      const ExcelJS = await loadExcelJs()
      const buffer = await buildSimulationWorkbook(
        ExcelJS,
        simulation,
        settings,
        context(),
      ).xlsx.writeBuffer()
      downloadFile(buffer, `${fileName}.xlsx`, XLSX_TYPE)
    } finally {
      setIsExporting(false)
    }
  }
  return (
    <section className="dd-card dd-simulator" aria-labelledby="dd-simulator-title">
      <h2 id="dd-simulator-title" className="dd-card__title">
        {t('dana-desa.simulator.title', { tahun: year.tahun })}
      </h2>
      <p className="dd-muted">{t('dana-desa.simulator.lead')}</p>
      {year.incomplete.length > 0 && (
        <p className="dd-notice" role="status">
          {t('dana-desa.simulator.incomplete', {
            n: year.incomplete.length,
            kodes: year.incomplete.map((item) => `${item.kode} (${item.missing})`).join(', '),
          })}
        </p>
      )}
      <div className="dd-simulator__body">
        <SimulatorForm
          settings={settings}
          problems={problems}
          onChange={(action) => dispatch({ type: 'settings', action })}
        />
        <div className="dd-simulator__results">
          {problems.length > 0 && (
            <p className="dd-error" role="alert">
              {t('dana-desa.simulator.fixProblems')}
            </p>
          )}
          {error && (
            <p className="dd-error" role="alert">
              {t('dana-desa.simulator.formulaError', { message: error })}
            </p>
          )}
          {simulation && (
            <>
              <div className="dd-export">
                <button type="button" className="dd-button" data-testid="dd-export-csv" onClick={exportCsv}>
                  {t('dana-desa.simulator.exportCsv')}
                </button>
                <button
                  type="button"
                  className="dd-button"
                  data-testid="dd-export-xlsx"
                  disabled={isExporting}
                  onClick={() => void exportXlsx()}
                >
                  {t('dana-desa.simulator.exportXlsx')}
                </button>
              </div>
              <ChangeTable simulation={simulation} names={names} selected={selected} onSelect={onSelect} />
            </>
          )}
        </div>
      </div>
    </section>
  )
}
