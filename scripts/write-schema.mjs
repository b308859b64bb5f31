// Regenerates data/schema/activity.schema.json from the zod schema (src/domain/activity.ts).
import { writeFileSync } from 'node:fs';
import { runnerImport } from 'vite';

const { module } = await runnerImport('/src/domain/jsonSchema.ts');
const out = new URL('../data/schema/activity.schema.json', import.meta.url);
writeFileSync(out, module.activityJsonSchemaText());
console.log(`wrote ${out.pathname}`);
