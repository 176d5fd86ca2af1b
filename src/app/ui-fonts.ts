/**
 * The interface's Noto Sans (regular, semibold, bold), imported once the first screen is drawn (App.tsx):
 * the first map neither waits for 40 KB of fonts on a slow link nor lays its text out twice while it
 * draws. Until then text shows in the system sans (`font-display: swap`). The map's label fonts are the
 * same files (map-fonts.ts), fetched by MapLibre when it draws the labels after the first frame.
 */
import '@fontsource/noto-sans/latin-400.css'
import '@fontsource/noto-sans/latin-600.css'
import '@fontsource/noto-sans/latin-700.css'
