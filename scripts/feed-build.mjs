// Publishes records as a static team feed (see README, "Team feed"): feed.json and content-addressed chunks.
// Usage: npm run feed:build -- --in FILE_OR_DIR --out DIR [--title TEXT] [--generated ISO_TIME]
// `generated` defaults to SOURCE_DATE_EPOCH when set (reproducible builds), else to now.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { cliArgs } from './cli.mjs';
import { importAppModule } from './vite/runner.mjs';

const USAGE = `Publishes records as a static team feed: feed.json and one content-addressed chunk per month.

usage: npm run feed:build -- --in FILE_OR_DIR --out DIR [--title TEXT] [--generated ISO_TIME]

  --in PATH          a JSON or CSV file of the activities format, or a folder of them (required)
  --out DIR          where feed.json and chunks/ are written (required); old chunks are left in place
  --title TEXT       the feed's title (default "Agenda Exterior")
  --generated TIME   the feed's generated-at time (ISO 8601); default SOURCE_DATE_EPOCH when set, else now
  --help, -h         this text`;

const values = cliArgs(USAGE, () =>
  parseArgs({
    options: {
      help: { type: 'boolean', short: 'h', default: false },
      in: { type: 'string' },
      out: { type: 'string' },
      title: { type: 'string', default: 'Agenda Exterior' },
      generated: { type: 'string' },
    },
  }),
);
if (!values.in || !values.out) {
  console.error(`--in and --out are required.\n\n${USAGE}`);
  process.exit(2);
}
const epoch = process.env.SOURCE_DATE_EPOCH;
const generated = values.generated ?? new Date(epoch ? Number(epoch) * 1000 : Date.now()).toISOString();

const input = resolve(values.in);
const paths = statSync(input).isDirectory()
  ? readdirSync(input)
      .filter((n) => /\.(json|csv)$/i.test(n))
      .sort()
      .map((n) => join(input, n))
  : [input];
const files = paths.map((p) => ({ name: basename(p), text: readFileSync(p, 'utf8') }));

// Node cannot import the TypeScript domain directly; vite's runner compiles it on the fly (as write-schema.mjs does).
const module = await importAppModule('/src/domain/feed/publish.ts');
const result = await module.publishFeed(files, { title: values.title, generated });
if (!result.ok) {
  for (const p of result.problems.slice(0, 50))
    console.error(
      `${p.file}${p.index !== undefined ? ` [${p.index}]` : ''}${p.row ? ` row ${p.row}` : ''}: ${p.field}: ${p.code} ${JSON.stringify(p.params ?? {})}`,
    );
  console.error(`${result.problems.length} problem(s): nothing written.`);
  process.exit(1);
}
const out = resolve(values.out);
mkdirSync(join(out, 'chunks'), { recursive: true });
// Chunks first, the manifest last: a client reading the feed mid-publish still finds every chunk its manifest
// lists. Old chunks are left in place for the same reason (a client may hold the previous manifest).
for (const c of result.feed.chunks) writeFileSync(join(out, c.path), c.bytes);
writeFileSync(join(out, 'feed.json'), result.feed.manifestText);
const records = result.feed.manifest.chunks.reduce((n, c) => n + c.records, 0);
console.log(`wrote ${join(out, 'feed.json')}: ${records} records in ${result.feed.chunks.length} chunks`);
