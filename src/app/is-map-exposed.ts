import { config } from '../config.ts'

/** Tests and debugging may reach a screen's map instance with `?e2e` (see MapView `isExposed`). */
export const isMapExposed = config.isDev || new URLSearchParams(window.location.search).has('e2e')
