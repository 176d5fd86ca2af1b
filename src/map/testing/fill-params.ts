import type { VillageFillParams } from '../layers/village-fill.ts'

/** Three classes split at 10 and 20, each colour told apart at a glance in a failing assertion. */
export const FILL_PARAMS: VillageFillParams = {
  thresholds: [10, 20],
  colors: ['#eeeeee', '#999999', '#333333'],
  noDataColor: '#cccccc',
  withheldColor: '#888888',
}
