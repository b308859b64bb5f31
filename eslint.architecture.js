// The folder rules of README's "Layout of the code", as zones for import-x/no-restricted-paths.
// Each zone says: files in `target` may not import from `from` (except the listed sub-folders of `from`).
import { readdirSync } from 'node:fs';

const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** @param {{ test: boolean }} options tests may also use the shared test data of src/testing */
export function architectureZones({ test }) {
  const testing = test ? ['./testing'] : [];
  return [
    {
      target: './src/domain',
      from: './src',
      except: ['./domain', ...testing],
      message: 'src/domain is pure: it imports nothing from src outside itself (data/*.json is fine).',
    },
    {
      target: './src/db',
      from: './src',
      except: ['./db', './domain', ...testing],
      message: 'src/db builds on src/domain only.',
    },
    {
      target: ['./src/lib', './src/ui'],
      from: './src/features',
      message: 'Shared code never reaches into a feature: move what is shared down to domain, lib or ui.',
    },
    // A test of a shared component may set up or drive the database it reads through src/lib.
    ...(test
      ? []
      : [{ target: './src/ui', from: './src/db', message: 'Components reach data through src/lib, not src/db.' }]),
    ...features.map((feature) => ({
      target: `./src/features/${feature}`,
      from: './src/features',
      except: [`./${feature}`],
      message: 'A feature never imports another feature: move what two features share down to domain, lib or ui.',
    })),
    ...(test
      ? []
      : [
          {
            target: ['app', 'db', 'domain', 'features', 'i18n', 'lib', 'ui', 'main.tsx'].map((f) => `./src/${f}`),
            from: './src/testing',
            message: 'src/testing holds test data and builders: production code never imports it.',
          },
        ]),
  ];
}
