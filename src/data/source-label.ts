import type { Source } from './snapshot-schema.ts'

/**
 * The short name of a source for credits: its name up to the first colon, so
 * "cahyadsn/wilayah_boundaries: batas desa/kelurahan …" reads "cahyadsn/wilayah_boundaries".
 */
export function getSourceShortName(source: Pick<Source, 'name'>): string {
  const [head = source.name] = source.name.split(':')
  return head.trim() || source.name
}
