import notoSansRegularUrl from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url'
import notoSansSemiBoldUrl from '@fontsource/noto-sans/files/noto-sans-latin-600-normal.woff2?url'
import type { FontFacesSpecification } from 'maplibre-gl'
import { MAP_FONTS } from './map-theme.ts'

/**
 * The style's `font-faces`: label fonts come from files bundled with the app and are rasterised in the
 * browser (MapLibre draws them with TinySDF), so the map needs no `glyphs` server and works offline.
 * The latin subset covers every kecamatan and village name of the region (ASCII only).
 */
export const MAP_FONT_FACES: FontFacesSpecification = {
  [MAP_FONTS.regular]: notoSansRegularUrl,
  [MAP_FONTS.semibold]: notoSansSemiBoldUrl,
}
