import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { pageCsp } from './scripts/vite/csp.ts';
import { embeddedData } from './scripts/vite/embeddedData.ts';
import { domTestFiles } from './scripts/vite/testFiles.ts';

// .test.ts files that need a DOM (window, localStorage, DOMParser, React hooks rendered): they run in jsdom.
const DOM_TS_TESTS = [
  'src/app/chunkReload.test.ts',
  'src/db/embedded.test.ts',
  'src/db/marker.test.ts',
  'src/db/markerStore.test.ts',
  'src/db/pendingImport.test.ts',
  'src/features/feeds/syncSafety.test.ts',
  'src/features/filters/useFilterOptions.test.ts',
  'src/i18n/lang.test.ts',
  'src/lib/export/standaloneSvg.test.ts',
  'src/lib/export/hatchedExport.test.ts',
  'tests/unit/fastLabels.test.ts',
];

const DOM_TESTS = domTestFiles(fileURLToPath(new URL('.', import.meta.url)), DOM_TS_TESTS);

export default defineConfig({
  plugins: [
    react(),
    // The embedded data set as one JSON file, fetched when the database lacks it (scripts/vite/embeddedData.ts).
    embeddedData(),
    // Offline and installable. `prompt`: a new version waits until the analyst chooses to reload (src/app/pwa.ts),
    // so an edit in progress is never lost to a forced reload. Registered from our own module, not an inline
    // script, so the CSP keeps `script-src 'self'`.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'Agenda Exterior',
        short_name: 'Agenda Exterior',
        description:
          'Seguimiento de la actividad de política exterior del Perú / Tracker of Peru’s foreign-policy activity',
        lang: 'es',
        theme_color: '#1f3a5f',
        background_color: '#ffffff',
        display: 'standalone',
        start_url: '/',
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        // Every route's chunks, the translations (JSON modules become JS chunks) and the map geometry.
        globPatterns: ['**/*.{js,css,html,svg,png,json,webmanifest}'],
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        // Any route of the SPA opens offline from the cached shell.
        navigateFallback: '/index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  // The import and feed workers seed too (src/db/seed.ts), so their bundles resolve the data set's module as well.
  worker: { plugins: () => [embeddedData({ worker: true })] },
  server: { host: '127.0.0.1' },
  // `npm start` and the browser tests serve the CSP as a header as well: workers take it from there (scripts/vite/csp.ts).
  preview: {
    host: '127.0.0.1',
    headers: { 'Content-Security-Policy': pageCsp(fileURLToPath(new URL('.', import.meta.url))) },
  },
  build: {
    chunkSizeWarningLimit: 800,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Only the listed packages: by default a group also takes what they import (React included).
          includeDependenciesRecursively: false,
          // Recharts and its dependencies in one chunk of their own: it changes only with a Recharts upgrade, so it
          // stays cached across releases, and the start-up code of `/` does not wait for it (only the charts do).
          // d3-array is a chunk of its own: the map's d3-geo and our own charts' ticks need it without Recharts, and
          // left to share a chunk with app code that Recharts also imports, it made a cycle that broke /themes.
          groups: [
            { name: 'd3-array', test: /node_modules[\\/](d3-array|internmap)[\\/]/ },
            {
              name: 'recharts',
              // (react-redux's with-selector shim too; the plain shim is react-i18next's, at start-up.)
              test: /node_modules[\\/](recharts|d3-(?:scale|shape|color|format|interpolate|path|time|time-format|ease|timer)|victory-vendor|@reduxjs|redux|redux-thunk|@standard-schema|reselect|immer|es-toolkit|decimal\.js-light|eventemitter3|react-redux|tiny-invariant|clsx|react-is)[\\/]|use-sync-external-store[\\/].*with-selector/,
            },
          ],
        },
      },
    },
  },
  test: {
    // A guard against hangs, not a timing check: the heaviest component tests (the editor, the records table's
    // counts) take 18–25 s when CI's two cores are busy, so 20 s failed them now and then.
    testTimeout: 60_000,
    // Both cores: vitest's default leaves one free (cores − 1), which on a two-core machine runs the files one by one.
    maxWorkers: 2,
    css: false,
    // Components (and the few .ts tests that use window, localStorage or DOM parsing) run in jsdom; the rest — domain
    // logic, the data layer, formats — in node, which saves building a DOM for each of those files. jsdom files share
    // one environment per worker: those that replace no module, and, apart, those whose one replacement is the embedded
    // data set by the release fixture; a file that replaces anything else gets a fresh one (scripts/vite/testFiles).
    projects: [
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          setupFiles: ['./tests/setup.ts'],
          include: DOM_TESTS.isolated,
        },
      },
      {
        extends: true,
        test: {
          name: 'dom-fixture',
          isolate: false,
          environment: 'jsdom',
          setupFiles: ['./tests/setup.ts'],
          include: DOM_TESTS.fixture,
        },
      },
      {
        extends: true,
        test: {
          name: 'dom-shared',
          isolate: false,
          environment: 'jsdom',
          setupFiles: ['./tests/setup.ts'],
          include: DOM_TESTS.shared,
        },
      },
      {
        extends: true,
        test: {
          name: 'node',
          isolate: false,
          environment: 'node',
          setupFiles: ['./tests/setup-node.ts'],
          include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
          exclude: DOM_TS_TESTS,
        },
      },
    ],
  },
});
