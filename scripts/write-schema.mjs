// Regenerates data/schema/activity.schema.json from the zod schema (src/domain/activity.ts).
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { cliArgs } from './cli.mjs';
import { importAppModule } from './vite/runner.mjs';

const USAGE = `Regenerates data/schema/activity.schema.json from the zod schema (a unit test fails when it is stale).

usage: npm run schema

  --help, -h     this text`;

cliArgs(USAGE, () => parseArgs({ options: { help: { type: 'boolean', short: 'h' } } }));

const module = await importAppModule('/src/domain/jsonSchema.ts');
const out = new URL('../data/schema/activity.schema.json', import.meta.url);
writeFileSync(out, module.activityJsonSchemaText());
console.log(`wrote ${out.pathname}`);
