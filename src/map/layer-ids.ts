/** Ids of the map's GeoJSON sources. */
export const SOURCE_IDS = {
  kabupaten: 'kabupaten',
  kecamatan: 'kecamatan',
  villages: 'villages',
  kecamatanLabels: 'kecamatan-labels',
  villageLabels: 'village-labels',
  /** The priority screen's rank badges: one point per top village. */
  priorityTopPoints: 'priority-top-points',
} as const

/**
 * Ids of the map's layers. The order of this object is the drawing order, bottom to top: the style
 * is assembled by sorting the layers a screen gives in this order (see `basemap.ts`), so a screen
 * lists its layers in any order and they still stack right.
 */
export const LAYER_IDS = {
  background: 'background',
  kabupatenFill: 'kabupaten-fill',
  villageFill: 'village-fill',
  kecamatanFill: 'kecamatan-fill',
  priorityOutside: 'priority-outside-fill',
  villageOutline: 'village-outline',
  kecamatanCasing: 'kecamatan-casing',
  kecamatanOutline: 'kecamatan-outline',
  kabupatenOutline: 'kabupaten-outline',
  villageHighlight: 'village-highlight',
  priorityTopOutline: 'priority-top-outline',
  priorityListHover: 'priority-list-hover',
  villageLabels: 'village-labels',
  kecamatanLabels: 'kecamatan-labels',
  priorityTopBadges: 'priority-top-badges',
  priorityTopNumbers: 'priority-top-numbers',
} as const

/** The id of a layer of this map. */
export type LayerId = (typeof LAYER_IDS)[keyof typeof LAYER_IDS]

/** Where each layer id stacks, bottom (0) to top. */
export const LAYER_ORDER: ReadonlyMap<string, number> = new Map(
  Object.values(LAYER_IDS).map((id, index) => [id, index]),
)

/** Layers whose features answer hover and click. */
export const INTERACTIVE_LAYER_IDS: readonly LayerId[] = [LAYER_IDS.villageFill, LAYER_IDS.kecamatanFill]

/** The property promoted to feature id in every boundary source, so feature-state can address it. */
export const FEATURE_ID_PROPERTY = 'kode'
