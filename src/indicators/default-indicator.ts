/**
 * The indicator the map shows first when the published indicators are available (a link without `i`).
 * Its own module, free of imports, because the build reads it too: `index.html` preloads its values.
 */
export const DEFAULT_PUBLISHED_INDICATOR_ID = 'persen_kk_desil_1_4'
