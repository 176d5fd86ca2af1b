import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

export default defineConfig({
  plugins: [react()],
  build: {
    target: 'es2022',
    sourcemap: false,
    // MapLibre alone is ~960 kB minified (~285 kB gzip); the budget that matters is first-screen JS
    // ≤ 450 kB gzip, checked separately, not Rollup's 500 kB minified default.
    chunkSizeWarningLimit: 1100,
    rolldownOptions: {
      output: {
        // Libraries that change rarely get their own long-cached chunks, so an app release only
        // re-downloads the small app chunk.
        codeSplitting: {
          groups: [
            { name: 'maplibre', test: /node_modules[\\/]maplibre-gl[\\/]/ },
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
          ],
        },
      },
    },
  },
})
