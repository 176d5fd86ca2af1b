/**
 * The progress of the data build that `npm start` runs behind the dev server (scripts/start.ts): the dev
 * server answers at {@link DATA_BUILD_PROGRESS_PATH} while the build runs and 404 otherwise
 * (vite.config.ts). A static host never has it, so the app asks only in `vite dev`.
 */

/** Path under the app's base, served by the dev server only. */
export const DATA_BUILD_PROGRESS_PATH = '__ppd/data-build-progress'

/** A running build: whole percent 0–100 and the step it is in. */
export interface DataBuildProgress {
  percent: number
  step: string
}

/** The build's progress, or null when no build runs (404, or anything unreadable). */
export async function fetchDataBuildProgress(
  basePath: string,
  fetcher: typeof fetch = fetch,
): Promise<DataBuildProgress | null> {
  try {
    const response = await fetcher(`${basePath}${DATA_BUILD_PROGRESS_PATH}`, { cache: 'no-store' })
    if (!response.ok) return null
    const body = (await response.json()) as Partial<DataBuildProgress>
    if (typeof body.percent !== 'number' || !Number.isFinite(body.percent)) return null
    return {
      percent: Math.min(100, Math.max(0, Math.round(body.percent))),
      step: typeof body.step === 'string' ? body.step : '',
    }
  } catch {
    return null
  }
}
