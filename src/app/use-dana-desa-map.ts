import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { buildChangeClasses } from '../dana-desa/change-classes.ts'
import type { Simulation } from '../dana-desa/simulate.ts'
import type { MapMetric } from '../dana-desa/simulator-url.ts'
import type { IndicatorData, IndicatorDefinition } from '../data/indicators.ts'
import type { Snapshot } from '../data/snapshot.ts'
import { useLanguage } from '../i18n/use-language.ts'
import { defaultChoroplethOptions, deriveChoropleth } from '../indicators/choropleth.ts'
import { formatRupiah, formatSignedPercent, formatValue } from '../indicators/format.ts'
import type { Language } from '../lib/language.ts'
import {
  buildChangeChoropleth,
  DANA_DESA_LEGEND_COLORS,
  formatChangeRange,
  formatFigureRange,
} from '../panels/dana-desa/legend-ranges.ts'
import { type ChoroplethMap, useChoropleth } from './use-choropleth.ts'

/** A metric whose definition is not published: money, neither better nor worse. */
const FALLBACK_MEANING = { direction: 'neutral', kind: 'rupiah' } as const

/** The Dana Desa map of one metric, and how its legend and hover line read. */
export interface DanaDesaMap {
  map: ChoroplethMap
  /** The change map's fixed classes, or the published figure's classes. */
  legendKind: 'change' | 'classes'
  metricLabel: (metric: MapMetric) => string
  formatLegendRange: (range: readonly [number, number]) => string
  /** One village's value as the hover line shows it. */
  formatHoverValue: (value: number) => string
}

/**
 * The Dana Desa screen's choropleth: the simulated change on its fixed classes (largest gain first in
 * the legend), else the published figure of the year on the metric's default classification.
 */
export function useDanaDesaMap({
  snapshot,
  indicatorData,
  metric,
  tahun,
  simulation,
}: {
  snapshot: Snapshot
  indicatorData: IndicatorData
  metric: MapMetric
  tahun: number
  simulation: Simulation | null
}): DanaDesaMap {
  const language = useLanguage()
  const { t } = useTranslation()
  const { index } = indicatorData
  const definitions = useMemo(
    () =>
      new Map<string, IndicatorDefinition>(
        indicatorData.file.indicators.map((definition) => [definition.id, definition]),
      ),
    [indicatorData],
  )
  const choropleth = useMemo(() => {
    if (metric === 'perubahan') {
      return buildChangeChoropleth(buildChangeClasses(simulation, snapshot.villages))
    }
    const meaning = definitions.get(metric) ?? FALLBACK_MEANING
    return deriveChoropleth({
      codes: snapshot.villages.map((village) => village.kode),
      getValue: (kode) => index.value(kode, tahun, metric),
      options: defaultChoroplethOptions(meaning),
      direction: meaning.direction,
      legendColors: DANA_DESA_LEGEND_COLORS,
    })
  }, [metric, simulation, snapshot, definitions, index, tahun])
  const map = useChoropleth(choropleth, 'desa')
  const legendKind = metric === 'perubahan' ? 'change' : 'classes'
  const isRupiah = definitions.get(metric)?.kind === 'rupiah'
  return {
    map,
    legendKind,
    metricLabel: (shown) =>
      shown === 'perubahan'
        ? t('dana-desa.map.perubahan')
        : (definitions.get(shown)?.label[language] ?? shown),
    formatLegendRange: (range) =>
      legendKind === 'change'
        ? formatChangeRange(range, language, t('dana-desa.map.same'))
        : formatFigureRange(range, isRupiah, language),
    formatHoverValue: (value) => formatMapValue(metric, value, language, isRupiah),
  }
}

/** One value as the hover line shows it: rupiah compact, a percentage, or a signed change. */
function formatMapValue(metric: MapMetric, value: number, language: Language, isRupiah: boolean): string {
  if (metric === 'perubahan') return formatSignedPercent(value, language, 2)
  return isRupiah
    ? formatRupiah(value, language, { isCompact: true })
    : `${formatValue(value, language, 1)} %`
}
