/**
 * Colours, fonts and line widths of the base map, in one place. Chosen to stay quiet under the
 * choropleth: neutral blue-greys for context, near-black for boundaries (WCAG contrast ≥ 7:1 on the
 * lightest class), white halos on labels.
 */
export const MAP_THEME = {
  background: '#e3e8ec',
  land: '#f4f3ef',
  villageLine: '#ffffff',
  kecamatanLine: '#33414e',
  kecamatanCasing: '#ffffff',
  kabupatenLine: '#1a2631',
  highlight: '#0b1620',
  labelText: '#17212b',
  villageLabelText: '#2c3947',
  labelHalo: '#ffffff',
} as const

/** Font names used in `text-font`; each maps to a bundled file in the style's `font-faces`. */
export const MAP_FONTS = {
  regular: 'Noto Sans Regular',
  semibold: 'Noto Sans SemiBold',
} as const
