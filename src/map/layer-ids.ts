/** Ids of the map's GeoJSON sources. */
export const SOURCE_IDS = {
  kabupaten: 'kabupaten',
  kecamatan: 'kecamatan',
  villages: 'villages',
  kecamatanLabels: 'kecamatan-labels',
  villageLabels: 'village-labels',
} as const

/**
 * Ids of the map's layers. The order of this object is the drawing order, bottom to top:
 * the style is assembled by walking it (see `basemap.ts`).
 */
export const LAYER_IDS = {
  background: 'background',
  kabupatenFill: 'kabupaten-fill',
  villageFill: 'village-fill',
  kecamatanFill: 'kecamatan-fill',
  villageOutline: 'village-outline',
  kecamatanCasing: 'kecamatan-casing',
  kecamatanOutline: 'kecamatan-outline',
  kabupatenOutline: 'kabupaten-outline',
  villageHighlight: 'village-highlight',
  villageLabels: 'village-labels',
  kecamatanLabels: 'kecamatan-labels',
} as const

/** The id of a layer of this map. */
export type LayerId = (typeof LAYER_IDS)[keyof typeof LAYER_IDS]

/** Layers whose features answer hover and click. */
export const INTERACTIVE_LAYER_IDS: readonly LayerId[] = [LAYER_IDS.villageFill, LAYER_IDS.kecamatanFill]

/** The property promoted to feature id in every boundary source, so feature-state can address it. */
export const FEATURE_ID_PROPERTY = 'kode'
