import { classIndexOf } from '../../indicators/classify.ts'
import { type LegendRowKey, STATUS_OF_ROW } from '../../indicators/legend-items.ts'
import type { ValueClasses } from '../../indicators/value-classes.ts'

/**
 * Codes of the areas one legend row stands for: those whose value falls in the class, or those with
 * the row's status (no-data also takes an `ada` row without a value, as the counts do).
 */
export function getLegendRowCodes(classes: ValueClasses, key: LegendRowKey): Set<string> {
  const codes = new Set<string>()
  const classMatch = /^class-(\d+)$/.exec(key)
  for (const [kode, value] of classes.values) {
    const index = classIndexOf(value, classes.breaks)
    if (classMatch) {
      if (index === Number(classMatch[1])) codes.add(kode)
      continue
    }
    if (index !== null) continue
    const status = classes.statuses.get(kode) ?? 'tidak_ada'
    const rowStatus = STATUS_OF_ROW[key as keyof typeof STATUS_OF_ROW]
    if ((status === 'ada' ? 'tidak_ada' : status) === rowStatus) codes.add(kode)
  }
  return codes
}
