import { useCallback, useMemo } from 'react'
import type { IndicatorData, IndicatorDefinition } from '../data/indicators.ts'
import type { ProgramData } from '../data/programs.ts'
import { buildChoropleth, defaultChoroplethOptions, deriveChoropleth } from '../indicators/choropleth.ts'
import type { LegendItem } from '../indicators/legend-items.ts'
import { deriveValueClasses } from '../indicators/value-classes.ts'
import { villagesWithCombination } from '../panels/program-overlap/build-upset.ts'
import { type ChoroplethMap, useChoropleth } from './use-choropleth.ts'

/** Highlight colours: a combination's villages in the accent, the rest a quiet grey (map-theme greys). */
const HIGHLIGHT_COLORS = ['#e7e5e4', '#c2410c']
/** The highlight's two classes: villages with the combination (1) and without (0). */
const HIGHLIGHT_CLASSIFICATION = { method: 'manual', breaks: [1] } as const
/** A measure whose definition is not published: read as a figure where more is worse. */
const FALLBACK_MEANING = { direction: 'higher-is-worse', kind: 'percent' } as const

/** The program map: the measure's choropleth, or the villages of a highlighted combination. */
export interface ProgramMap {
  map: ChoroplethMap
  /** The highlighted combination's villages, or null when none is highlighted. */
  highlighted: ReadonlySet<string> | null
}

/**
 * The program screen's map. A highlighted combination recolours it with the same fill: value 1 for the
 * combination's villages, thresholds `[1]`, the two highlight colours; else the measure's indicator on
 * its default classification.
 */
export function useProgramMap({
  codes,
  data,
  indicatorData,
  indicatorId,
  definition,
  combination,
  tahun,
}: {
  codes: readonly string[]
  data: ProgramData | null
  indicatorData: IndicatorData | null
  indicatorId: string
  definition: IndicatorDefinition | undefined
  /** The highlighted combination's key ("PKH+BPNT"), or null. */
  combination: string | null
  tahun: number | null
}): ProgramMap {
  const highlighted = useMemo(
    () =>
      combination && tahun !== null && data
        ? villagesWithCombination(data.combinations, combination, tahun)
        : null,
    [combination, tahun, data],
  )
  const getValue = useCallback(
    (kode: string) =>
      highlighted
        ? { nilai: highlighted.has(kode) ? 1 : 0, status: 'ada' as const }
        : tahun === null
          ? undefined
          : indicatorData?.index.value(kode, tahun, indicatorId),
    [highlighted, tahun, indicatorData, indicatorId],
  )
  // A highlighted combination: two fixed classes (its villages, the rest) in the highlight colours.
  const choropleth = useMemo(() => {
    if (highlighted) {
      const classes = deriveValueClasses(
        codes,
        getValue,
        HIGHLIGHT_CLASSIFICATION,
        'yl_gn_bu',
        'higher-is-worse',
      )
      return buildChoropleth({ ...classes, colors: HIGHLIGHT_COLORS })
    }
    const meaning = definition ?? FALLBACK_MEANING
    return deriveChoropleth({
      codes,
      getValue,
      options: defaultChoroplethOptions(meaning),
      direction: meaning.direction,
    })
  }, [codes, getValue, highlighted, definition])
  const highlightFill = useMemo(
    () => (highlighted ? { ...choropleth.fill, thresholds: [1], colors: HIGHLIGHT_COLORS } : undefined),
    [highlighted, choropleth],
  )
  const map = useChoropleth(choropleth, 'desa', highlightFill)
  return { map, highlighted }
}

/** The two rows of a highlighted combination: its villages first, then the rest. */
export function highlightItems(count: number, total: number): LegendItem[] {
  return [
    { key: 'class-1', color: HIGHLIGHT_COLORS[1] ?? '', range: [1, 1], count },
    { key: 'class-0', color: HIGHLIGHT_COLORS[0] ?? '', range: [0, 0], count: total - count },
  ]
}
