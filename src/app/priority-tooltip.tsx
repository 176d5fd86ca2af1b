import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import type { Village } from '../data/snapshot.ts'
import { useLanguage } from '../i18n/use-language.ts'
import { formatValue } from '../indicators/format.ts'
import type { HoverInfo } from '../map/map-view.tsx'
import { VillageTooltip } from '../panels/tooltip/village-tooltip.tsx'
import type { RankedVillage } from '../priority/rank-villages.ts'

/** The priority map's hover card: the village, its bivariate quadrant, and its rank or why it has none. */
export function PriorityTooltip({
  hover,
  village,
  quadrant,
  isOutside,
  ranked,
}: {
  hover: HoverInfo
  village: Village
  /** The quadrant's label, or null when the village has no class. */
  quadrant: string | null
  /** Whether the village is outside the filters. */
  isOutside: boolean
  ranked: RankedVillage | undefined
}): ReactElement {
  const language = useLanguage()
  const { t } = useTranslation()
  return (
    <VillageTooltip
      name={village.nama}
      meta={`${t(`region.${village.jenis}`)} · ${t('region.kecamatanOf', { name: village.kecamatan_nama })}`}
      indicatorLabel={quadrant ?? t('prioritas.bivariate.missing')}
      valueText={
        isOutside
          ? t('prioritas.bivariate.outside')
          : ranked
            ? `${t('prioritas.list.rank', { rank: ranked.rank })} · ${t('prioritas.list.scoreOf', {
                score: formatValue(ranked.score, language, 1),
              })}`
            : t('prioritas.export.status.unranked')
      }
      pointer={hover}
    />
  )
}
