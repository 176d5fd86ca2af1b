import type { Manifest } from '../../data/snapshot-schema.ts'
import { getSourceShortName } from '../../data/source-label.ts'

/** A credit to one source, by its short name; a link when the source has a URL. */
export interface SourceLink {
  name: string
  url: string | null
}

/** What the attribution shows: the credit texts and one link per distinct source. */
export interface AttributionContent {
  credits: string[]
  links: SourceLink[]
}

/**
 * The credits of a snapshot: the manifest's own attribution texts when it has them, else each source's
 * text once; and one link per source short name (several files of one repository make one link).
 */
export function buildAttribution(manifest: Pick<Manifest, 'attribution' | 'sources'>): AttributionContent {
  const credits = manifest.attribution ?? [...new Set(manifest.sources.map((source) => source.attribution))]
  const links = new Map<string, SourceLink>()
  for (const source of manifest.sources) {
    const name = getSourceShortName(source)
    if (!links.has(name)) links.set(name, { name, url: source.url ?? null })
  }
  return { credits, links: [...links.values()] }
}
