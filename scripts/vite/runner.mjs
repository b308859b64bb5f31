import { runnerImport } from 'vite';

let plugins = null;

/**
 * Imports one of the app's modules in Node through vite (TypeScript, JSON and `import.meta.glob` as the app has
 * them), with the build's virtual modules (the embedded data set, the taxonomy's labels: embeddedData.ts), which
 * `runnerImport` alone does not know since it reads no config file. `options` as `runnerImport`'s (root, logLevel).
 */
export async function importAppModule(id, options = {}) {
  plugins ??= [(await runnerImport('/scripts/vite/embeddedData.ts', options)).module.embeddedData()];
  return (await runnerImport(id, { ...options, plugins })).module;
}
