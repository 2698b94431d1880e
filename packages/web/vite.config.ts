import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { precompress } from './vite-precompress';

/** The Fastify server the dev server forwards API calls to. */
const apiOrigin = 'http://localhost:3000';

/**
 * Builds the single-page app into `dist/`, which the Fastify server serves as static files
 * (with an SPA fallback to index.html) beside the API on the same origin; text files get
 * brotli and gzip siblings (`.br`, `.gz`) for clients that accept them.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react(), precompress()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Named vendor chunks: they change rarely, so browsers keep them cached across releases;
        // Leaflet and ECharts stay out of the first load (only the map and chart parts import them).
        codeSplitting: {
          groups: [
            { name: 'leaflet', test: /[\\/]node_modules[\\/]leaflet[\\/]/ },
            { name: 'echarts', test: /[\\/]node_modules[\\/](echarts|zrender)[\\/]/ },
            { name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'vendor', test: /[\\/]node_modules[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': apiOrigin,
      '/healthz': apiOrigin,
    },
  },
});
