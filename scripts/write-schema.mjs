// Regenerates data/schema/activity.schema.json from the zod schema (src/domain/activity.ts).
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { importAppModule } from './vite/runner.mjs';

const USAGE = `Regenerates data/schema/activity.schema.json from the zod schema (a unit test fails when it is stale).

usage: npm run schema

  --help, -h     this text`;

try {
  if (parseArgs({ options: { help: { type: 'boolean', short: 'h' } } }).values.help) {
    console.log(USAGE);
    process.exit(0);
  }
} catch (e) {
  console.error(`${e instanceof Error ? e.message : String(e)}\n\n${USAGE}`);
  process.exit(2);
}

const module = await importAppModule('/src/domain/jsonSchema.ts');
const out = new URL('../data/schema/activity.schema.json', import.meta.url);
writeFileSync(out, module.activityJsonSchemaText());
console.log(`wrote ${out.pathname}`);
