import type { Snapshot } from '../data/snapshot.ts'
import type { MapData } from './basemap.ts'
import { buildLabelPoints } from './label-points.ts'

/** Built once per snapshot: every map screen draws the same shapes and labels. */
const cache = new WeakMap<Snapshot, MapData>()

/** The boundary and label sources every map screen draws, derived once per loaded snapshot. */
export function getMapData(snapshot: Snapshot): MapData {
  const cached = cache.get(snapshot)
  if (cached) return cached
  const data: MapData = {
    kabupaten: snapshot.kabupatenShapes,
    kecamatan: snapshot.kecamatanShapes,
    villages: snapshot.villageShapes,
    kecamatanLabels: buildLabelPoints(snapshot.kecamatan),
    villageLabels: buildLabelPoints(snapshot.villages),
  }
  cache.set(snapshot, data)
  return data
}
