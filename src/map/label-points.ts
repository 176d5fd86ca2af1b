import type { FeatureCollection, Point } from 'geojson'

/** A record with a label position, as the snapshot stores for villages and kecamatan. */
export interface Labelled {
  kode: string
  nama: string
  luas_km2: number | null
  label_lng: number
  label_lat: number
}

/** Properties carried by a label point. */
export interface LabelPointProperties {
  kode: string
  nama: string
  luas_km2: number | null
}

/** One point per record at its label position (an inner point computed by the data pipeline). */
export function buildLabelPoints(
  records: readonly Labelled[],
): FeatureCollection<Point, LabelPointProperties> {
  return {
    type: 'FeatureCollection',
    features: records.map((record) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [record.label_lng, record.label_lat] },
      properties: { kode: record.kode, nama: record.nama, luas_km2: record.luas_km2 },
    })),
  }
}
