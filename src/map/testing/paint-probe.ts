import {
  Color,
  expression,
  featureFilter,
  type LayerSpecification,
  latest,
  type StylePropertySpecification,
} from '@maplibre/maplibre-gl-style-spec'

/** One feature as the map would draw it: its feature-state, properties, geometry kind and the zoom. */
export interface Probe {
  /** Feature-state set by the map view (`value`, `status`, `hover`…); absent keys are unset. */
  state?: Record<string, string | number | boolean | null | undefined>
  properties?: Record<string, string | number | boolean | null | undefined>
  /** Geometry kind; polygons unless said otherwise. */
  geometry?: 'Point' | 'LineString' | 'Polygon'
  /** Map zoom; 8 is about the whole-kabupaten view of Kutai Timur. */
  zoom?: number
}

const GEOMETRY_CODE = { Point: 1, LineString: 2, Polygon: 3 } as const

function toFeature(probe: Probe): { type: 1 | 2 | 3; properties: Record<string, unknown> } {
  return { type: GEOMETRY_CODE[probe.geometry ?? 'Polygon'], properties: probe.properties ?? {} }
}

/** A colour as `#rrggbb` (opaque) or `rgba(…)`, so tests compare with the hex the builders take. */
function formatColor(color: Color): string {
  const [r, g, b, a] = color.rgb
  if (a !== 1) return color.toString()
  return `#${[r, g, b]
    .map((channel) =>
      Math.round(channel * 255)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`
}

function evaluate(
  layer: LayerSpecification,
  group: 'paint' | 'layout',
  property: string,
  probe: Probe,
): unknown {
  const specs = (latest as unknown as Record<string, Record<string, StylePropertySpecification>>)[
    `${group}_${layer.type}`
  ]
  const spec = specs?.[property]
  if (!spec) throw new Error(`${layer.type} layers have no ${group} property ${property}`)
  const declared = (layer as { [key in typeof group]?: Record<string, unknown> })[group]?.[property]
  const value = declared === undefined ? spec.default : declared
  const parsed = expression.normalizePropertyExpression(value as never, `${layer.id}.${property}`, spec)
  const result: unknown = parsed.evaluate(
    { zoom: probe.zoom ?? 8 },
    toFeature(probe) as never,
    (probe.state ?? {}) as never,
  )
  return result instanceof Color ? formatColor(result) : result
}

/**
 * What a layer paints for one feature: the paint property evaluated by MapLibre's own style-spec
 * expression engine (colours come back as `#rrggbb`), so a test reads like the map, not like its JSON.
 * An undeclared property gives the style spec's default.
 */
export function paintOf(layer: LayerSpecification, property: string, probe: Probe = {}): unknown {
  return evaluate(layer, 'paint', property, probe)
}

/** A layout property of a layer evaluated for one feature, as `paintOf` does for paint. */
export function layoutOf(layer: LayerSpecification, property: string, probe: Probe = {}): unknown {
  return evaluate(layer, 'layout', property, probe)
}

/**
 * Whether the map draws this feature in this layer at all: the layer is visible, the zoom within its
 * range, and its filter (evaluated by the style spec's `featureFilter`) keeps the feature.
 */
export function isDrawn(layer: LayerSpecification, probe: Probe = {}): boolean {
  const zoom = probe.zoom ?? 8
  if (layer.layout?.visibility === 'none') return false
  if (layer.minzoom !== undefined && zoom < layer.minzoom) return false
  if (layer.maxzoom !== undefined && zoom >= layer.maxzoom) return false
  if (!('filter' in layer) || layer.filter === undefined) return true
  const filter = featureFilter(layer.filter, `${layer.id}.filter`)
  return filter.filter({ zoom }, toFeature(probe) as never)
}
