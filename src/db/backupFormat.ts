import { z } from 'zod';
import { activitySchema, toFileRecord, type Activity } from '../domain/activity';
import { BACKUP_FORMAT } from '../domain/formats/json';
import { shown, type Problem } from '../domain/formats/problems';
import { jsonPath, validateCandidates } from '../domain/formats/validate';
import { sourceSchema, type Source } from '../domain/source';
import { taxonomy } from '../domain/taxonomyData';
import { embeddedSources } from '../domain/embeddedSources';
import { mergeVocabulary, VOCABULARY_KINDS } from '../domain/vocabulary';
import { parseEntry } from '../domain/vocabularyEntry';
import { vocabularyKey, type BriefingItemRow, type HistoryRow, type SettingRow, type VocabularyRow } from './database';
import { groupRows } from './vocabulary';

export const BACKUP_VERSION = 1;

/**
 * The whole database as one JSON file. Activities are checked as strictly as an import (schema and taxonomy);
 * history, briefing and settings are checked for the shape this app reads, so an older backup still restores.
 * `sources` (the analyst's releases, with their text) and `vocabulary` (their entries) came with Dexie v3; a
 * backup without them restores as having none.
 */
export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  createdAt: string;
  tables: {
    activities: Activity[];
    history: HistoryRow[];
    briefing: BriefingItemRow[];
    settings: SettingRow[];
    sources: Source[];
    vocabulary: VocabularyRow[];
  };
}

const snapshot = z.union([z.null(), z.looseObject({ id: z.string() })]);
const historyRow = z.looseObject({
  seq: z.number().int().optional(),
  activityId: z.string(),
  batchId: z.string(),
  at: z.string(),
  kind: z.enum(['import', 'edit', 'create', 'delete', 'undo', 'restore', 'feed', 'revert']),
  before: snapshot,
  after: snapshot,
  note: z.string().optional(),
  reason: z.string().optional(),
  undoes: z.string().optional(),
});
const briefingRow = z.looseObject({ id: z.string(), position: z.number() });
const settingRow = z.object({ key: z.string(), value: z.unknown() });

const backupShape = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  createdAt: z.string(),
  tables: z.object({
    activities: z.array(z.unknown()),
    history: z.array(historyRow),
    briefing: z.array(briefingRow),
    settings: z.array(settingRow),
    sources: z.array(sourceSchema).optional(),
    vocabulary: z
      .array(z.object({ key: z.string(), kind: z.enum(VOCABULARY_KINDS), entry: z.unknown(), addedAt: z.string() }))
      .optional(),
  }),
});

/** A stored record's fields that files leave out (see activitySchema); a backup keeps them as they were. */
const STORED_ONLY = ['origin', 'updatedAt', 'storedAt'];

export type BackupParse = { ok: true; backup: Backup } | { ok: false; problems: Problem[] };

export function backupToJson(b: Backup): string {
  return `${JSON.stringify(b, null, 2)}\n`;
}

export function parseBackup(text: string, fileName: string): BackupParse {
  const file = fileName;
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return {
      ok: false,
      problems: [{ file, field: '(file)', code: 'file.notJson', params: { detail: shown((e as Error).message) } }],
    };
  }
  const tag = data !== null && typeof data === 'object' ? (data as Record<string, unknown>).format : undefined;
  if (tag !== BACKUP_FORMAT)
    return {
      ok: false,
      problems: [
        { file, field: 'format', code: 'file.format', params: { value: shown(tag), expected: BACKUP_FORMAT } },
      ],
    };
  const shape = backupShape.safeParse(data, { reportInput: true });
  if (!shape.success)
    return {
      ok: false,
      problems: shape.error.issues.slice(0, 50).map((i) => ({
        file,
        field: jsonPath(i.path).field,
        code: i.path[0] === 'version' ? 'file.version' : 'invalid',
        params: { value: shown(i.input ?? ''), detail: shown(i.message) },
      })),
    };
  const raw = shape.data.tables.activities;
  // Records are checked without their stored-only fields, then must carry a valid origin.
  const problems: Problem[] = [];
  const activities: Activity[] = [];
  const files = raw.map((a, i) => {
    const stored = activitySchema.safeParse(a);
    if (stored.success) {
      activities.push(stored.data);
      return toFileRecord(stored.data);
    }
    const originIssue = stored.error.issues.find((x) => STORED_ONLY.includes(String(x.path[0])));
    if (originIssue)
      problems.push({
        file,
        index: i,
        field: String(originIssue.path[0]),
        code: 'invalid',
        params: { value: shown((a as Record<string, unknown>)?.[String(originIssue.path[0])]) },
      });
    if (a && typeof a === 'object') {
      // eslint-disable-next-line @typescript-eslint/no-unused-vars
      const { origin, updatedAt, storedAt, ...rest } = a as Record<string, unknown>;
      return rest;
    }
    return a;
  });
  const vocabulary: VocabularyRow[] = [];
  (shape.data.tables.vocabulary ?? []).forEach((row, i) => {
    const entry = parseEntry(row.kind, row.entry);
    if (entry && row.key === vocabularyKey(row.kind, entry.id)) vocabulary.push({ ...row, entry });
    else problems.push({ file, field: `tables.vocabulary[${i}]`, code: 'invalid', params: { value: shown(row.key) } });
  });
  const sources = shape.data.tables.sources ?? [];
  // The records may use the backup's own entries and cite its own releases.
  problems.push(
    ...validateCandidates(files, {
      file,
      locate: (i) => ({ index: i }),
      vocabulary: mergeVocabulary(taxonomy, groupRows(vocabulary)),
      sources: [...embeddedSources, ...sources],
    }).problems,
  );
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    backup: {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      createdAt: shape.data.createdAt,
      tables: {
        activities,
        history: shape.data.tables.history as HistoryRow[],
        briefing: shape.data.tables.briefing as unknown as BriefingItemRow[],
        settings: shape.data.tables.settings,
        sources,
        vocabulary,
      },
    },
  };
}
