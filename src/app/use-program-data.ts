import { useEffect, useState } from 'react'
import { config } from '../config.ts'
import { fetchProgramData, type ProgramData } from '../data/programs.ts'

/** Where the program files are: on their way, read (null when the snapshot has none), or failed. */
export type ProgramLoadState =
  | { status: 'loading' }
  | { status: 'ready'; data: ProgramData | null }
  | { status: 'error'; message: string }

/** Reads `programs.json` and `program-combinations.csv` once, for the program screen. */
export function useProgramData(): ProgramLoadState {
  const [state, setState] = useState<ProgramLoadState>({ status: 'loading' })
  useEffect(() => {
    let isCurrent = true
    fetchProgramData(config.dataBaseUrl).then(
      (data) => isCurrent && setState({ status: 'ready', data }),
      (error: unknown) => isCurrent && setState({ status: 'error', message: String(error) }),
    )
    return () => {
      isCurrent = false
    }
  }, [])
  return state
}
