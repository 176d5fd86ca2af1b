/**
 * The mapshaper part of the build, in one call: clean slivers (gaps and overlaps between neighbours),
 * keep that cleaned, unsimplified layer for areas, dissolve kecamatan and the kabupaten outline, then
 * simplify all three layers together so they keep sharing the same arcs. Measured: simplifying before
 * cleaning leaves ~95 self-intersections in Kutai Timur; `keep-shapes` stops small villages vanishing.
 */
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson'
import mapshaper from 'mapshaper'
import { BuildError } from './build-error.ts'
import { kabupatenCodeOf, kecamatanCodeOf } from './region-codes.ts'

/** A (Multi)Polygon. */
export type Areal = Polygon | MultiPolygon

/** One village as it enters mapshaper. */
export interface VillageShape {
  kode: string
  geometry: MultiPolygon
}

/** mapshaper's output, keyed by region code. */
export interface ShapedBoundaries {
  /** Cleaned, unsimplified village geometry: the basis for areas. */
  cleaned: Map<string, Areal>
  /** Cleaned and simplified village geometry: what is published. */
  desa: Map<string, Areal>
  /** Dissolved kecamatan, simplified on the same arcs as the villages. */
  kecamatan: Map<string, Areal>
  /** Dissolved kabupaten outline. */
  kabupaten: Map<string, Areal>
}

/** Options of {@link shapeBoundaries}. */
export interface ShapeOptions {
  /**
   * mapshaper `-simplify` percentage of removable vertices to keep. 10% keeps all 141 Kutai Timur
   * villages at ~5.5k of 46.8k vertices, ~35 KB gzip (measured on the pinned boundary file).
   */
  simplifyPercent?: number
}

function readLayer(outputs: Record<string, Buffer | string>, name: string, key: string): Map<string, Areal> {
  const content = outputs[`${name}.json`]
  if (content === undefined) throw new Error(`mapshaper produced no ${name}.json`)
  const collection = JSON.parse(String(content)) as FeatureCollection<Geometry | null>
  const layer = new Map<string, Areal>()
  for (const feature of collection.features) {
    const code = String(feature.properties?.[key] ?? '')
    const geometry = feature.geometry
    if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) {
      throw new BuildError(
        `${name} ${code} has no polygon left after mapshaper ${name === 'cleaned' ? '-clean' : '-simplify'}`,
        {
          hint: 'inspect this feature in the source file (mapshaper -i <file> -clean -info), it may be a sliver',
        },
      )
    }
    layer.set(code, geometry)
  }
  return layer
}

function assertSameCodes(expected: readonly string[], layer: Map<string, Areal>, name: string): void {
  const missing = expected.filter((code) => !layer.has(code))
  if (missing.length > 0 || layer.size !== expected.length) {
    throw new BuildError(`mapshaper lost ${name} features: ${missing.join(', ') || '(count differs)'}`, {
      hint: 'report it with the region code; a smaller simplification (higher percent) may keep them',
    })
  }
}

/** Runs clean → dissolve → simplify in mapshaper and returns every layer, checked to be complete. */
export async function shapeBoundaries(
  villages: readonly VillageShape[],
  options: ShapeOptions = {},
): Promise<ShapedBoundaries> {
  const features: Feature<MultiPolygon>[] = villages.map((village) => ({
    type: 'Feature',
    properties: {
      kode: village.kode,
      kecamatan_kode: kecamatanCodeOf(village.kode),
      kabupaten_kode: kabupatenCodeOf(village.kode),
    },
    geometry: village.geometry,
  }))
  const commands = [
    '-i desa.json name=desa',
    '-clean',
    '-o cleaned.json format=geojson',
    '-dissolve kecamatan_kode + name=kecamatan',
    '-dissolve kabupaten_kode target=desa + name=kabupaten',
    `-simplify ${options.simplifyPercent ?? 10}% keep-shapes target=*`,
    '-o format=geojson target=desa,kecamatan,kabupaten',
    '-quiet',
  ].join(' ')
  const outputs = await mapshaper.applyCommands(commands, {
    'desa.json': { type: 'FeatureCollection', features },
  })
  const codes = villages.map((village) => village.kode)
  const kecamatanCodes = [...new Set(codes.map(kecamatanCodeOf))]
  const kabupatenCodes = [...new Set(codes.map(kabupatenCodeOf))]
  const shaped: ShapedBoundaries = {
    cleaned: readLayer(outputs, 'cleaned', 'kode'),
    desa: readLayer(outputs, 'desa', 'kode'),
    kecamatan: readLayer(outputs, 'kecamatan', 'kecamatan_kode'),
    kabupaten: readLayer(outputs, 'kabupaten', 'kabupaten_kode'),
  }
  assertSameCodes(codes, shaped.cleaned, 'cleaned')
  assertSameCodes(codes, shaped.desa, 'desa')
  assertSameCodes(kecamatanCodes, shaped.kecamatan, 'kecamatan')
  assertSameCodes(kabupatenCodes, shaped.kabupaten, 'kabupaten')
  return shaped
}
