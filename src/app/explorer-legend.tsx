import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import { useLanguage } from '../i18n/use-language.ts'
import { formatRange } from '../indicators/format.ts'
import type { LegendItem, LegendRowKey } from '../indicators/legend-items.ts'
import { ManualBreaksEditor } from '../panels/legend/manual-breaks-editor.tsx'
import { MapLegend } from '../panels/legend/map-legend.tsx'
import type { ExplorerShown } from './explorer-shown.ts'
import type { LegendCaption } from './legend-caption.ts'

/** The explorer's legend: what the map shows, its rows (each can highlight its areas) and the manual breaks. */
export function ExplorerLegend({
  shown,
  caption,
  items,
  highlightedKey,
  highlightedCount,
  onHighlight,
  isReaderManual,
  onBreaks,
}: {
  shown: ExplorerShown
  caption: LegendCaption
  items: readonly LegendItem[]
  highlightedKey: LegendRowKey | null
  highlightedCount: number
  onHighlight: (key: LegendRowKey | null) => void
  /**
   * Whether the reader set the breaks: only then is "back to automatic" offered (a definition's own
   * manual default, IDM status with one class per status, is where "automatic" leads).
   */
  isReaderManual: boolean
  /** Manual breaks applied, or null to go back to the computed classes. */
  onBreaks: (breaks: number[] | null) => void
}): ReactElement {
  const language = useLanguage()
  const { t } = useTranslation()
  const { indicator, tahun, level, classification, classes } = shown
  return (
    <MapLegend
      title={caption.title ?? indicator.label[language]}
      detail={caption.detail ?? `(${indicator.unit[language]})${tahun === null ? '' : ` · ${tahun}`}`}
      note={
        caption.note ??
        t(`legend.method.${classification.method}`, { areas: t(`explorer-tools.areas.${level}`) })
      }
      items={items}
      formatRange={([lower, upper]) => formatRange(lower, upper, language, indicator.decimals)}
      formatCount={(count) =>
        t(level === 'kecamatan' ? 'legend.kecamatanCount' : 'legend.villageCount', { count })
      }
      histogram={{ values: classes.values.values(), breaks: classes.breaks, colors: classes.colors }}
      highlightedKey={highlightedKey}
      highlightedCount={highlightedCount}
      onHighlight={onHighlight}
    >
      <ManualBreaksEditor
        key={classes.breaks?.thresholds.join('_') ?? ''}
        thresholds={classes.breaks?.thresholds ?? []}
        decimals={indicator.decimals}
        isManual={isReaderManual}
        onApply={onBreaks}
      />
    </MapLegend>
  )
}
