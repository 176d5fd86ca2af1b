import { useEffect, useState } from 'react'
import { config } from '../config.ts'
import { fetchIndicatorData, type IndicatorData } from '../data/indicators.ts'

/** The published indicators: loading, loaded, or absent (`data: null`, the map then shows area). */
export type IndicatorDataState = { status: 'loading' } | { status: 'settled'; data: IndicatorData | null }

/**
 * Loads the published indicators once, next to the snapshot. Malformed files are reported in the
 * console and treated as absent, so the map still opens with the area fallback.
 */
export function useIndicatorData(): IndicatorDataState {
  const [state, setState] = useState<IndicatorDataState>({ status: 'loading' })
  useEffect(() => {
    let isCurrent = true
    fetchIndicatorData(config.dataBaseUrl).then(
      (data) => isCurrent && setState({ status: 'settled', data }),
      (error: unknown) => {
        console.error('Published indicators could not be read; showing area only.', error)
        if (isCurrent) setState({ status: 'settled', data: null })
      },
    )
    return () => {
      isCurrent = false
    }
  }, [])
  return state
}
