import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  build: {
    chunkSizeWarningLimit: 800,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Only the listed packages: by default a group also takes what they import (React included).
          includeDependenciesRecursively: false,
          // Recharts and its dependencies in one chunk of their own: it changes only with a Recharts upgrade, so it
          // stays cached across releases, and the start-up code of `/` does not wait for it (only the charts do).
          // d3-array is left out: the map's d3-geo needs it, and the map should not download Recharts.
          groups: [
            {
              name: 'recharts',
              test: /node_modules[\\/](recharts|d3-(?:scale|shape|color|format|interpolate|path|time|time-format)|victory-vendor|@reduxjs|redux|reselect|immer|es-toolkit|decimal\.js-light|eventemitter3|react-redux|tiny-invariant|clsx)[\\/]/,
            },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./tests/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
    testTimeout: 20000,
    css: false,
  },
});
