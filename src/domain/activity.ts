import { z } from 'zod';
import { isIsoDate } from './isoDate';

/**
 * The single definition of an activity record. Every file format, the database and the UI derive from it.
 * `origin` is not part of the files: the app sets it (embedded data set, analyst import/edit, or a team feed).
 */

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'date.format' })
  .refine(isIsoDate, { message: 'date.invalid' });

export const DATE_PRECISIONS = ['day', 'month', 'quarter', 'range'] as const;
export const STATUSES = ['held', 'announced', 'planned'] as const;
export const ORIGINS = ['embedded', 'analyst'] as const;
/** A team feed's records: `feed:` and the feed's address (`feed:https://team.example/feed.json`). */
export const feedOrigin = z.templateLiteral(['feed:', z.string().regex(/^https?:\/\/\S+$/)]);
/**
 * Where a stored record came from. Only stored rows (and backups) carry it: the JSON and CSV formats never do,
 * so an exported file imports back whatever its records' origins were.
 */
export const originSchema = z.union([z.enum(ORIGINS), feedOrigin]);

export const countryCode = z.string().regex(/^[A-Z]{2}$/, { message: 'country.format' });
export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'slug.format' });

const nonEmpty = z.string().trim().min(1, { message: 'text.empty' });

export const localized = z.object({ es: nonEmpty, en: nonEmpty }).strict();

export const placeSchema = z
  .object({
    name: nonEmpty,
    country: countryCode,
    lat: z.number().min(-90).max(90),
    lon: z.number().min(-180).max(180),
  })
  .strict();

export const actorSchema = z
  .object({
    name: nonEmpty,
    role: localized,
    country: countryCode,
  })
  .strict();

export const sourceRefSchema = z
  .object({
    id: slug,
    paragraph: z.number().int().min(1),
  })
  .strict();

export const additionalSourceSchema = z
  .object({
    url: z.url({ protocol: /^https?$/ }),
    publisher: nonEmpty,
    date: isoDate,
    supports: localized,
  })
  .strict();

const activityShape = z
  .object({
    id: slug,
    date: isoDate,
    datePrecision: z.enum(DATE_PRECISIONS),
    endDate: isoDate.optional(),
    status: z.enum(STATUSES),
    type: slug,
    title: localized,
    summary: localized,
    countries: z.array(countryCode),
    themes: z.array(slug),
    organizations: z.array(z.string().regex(/^[A-Z][A-Za-z0-9-]*$/, { message: 'organization.format' })),
    places: z.array(placeSchema),
    actors: z.array(actorSchema),
    source: sourceRefSchema,
    additionalSources: z.array(additionalSourceSchema),
  })
  .strict();

function checkDates(a: { datePrecision: string; date: string; endDate?: string | undefined }, ctx: z.RefinementCtx) {
  if (a.datePrecision === 'range') {
    if (!a.endDate) ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'endDate.required' });
    else if (a.endDate < a.date) ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'endDate.beforeStart' });
  } else if (a.endDate !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'endDate.onlyForRange' });
  }
  if (a.datePrecision === 'month' && !a.date.endsWith('-01'))
    ctx.addIssue({ code: 'custom', path: ['date'], message: 'date.monthStart' });
  if (a.datePrecision === 'quarter' && !/-(01|04|07|10)-01$/.test(a.date))
    ctx.addIssue({ code: 'custom', path: ['date'], message: 'date.quarterStart' });
}

/** An activity's content, as the app compares, edits and merges it: no `origin`, no time stamps. */
export const activityFileSchema = activityShape.superRefine(checkDates);

/**
 * When the record's content last changed (`2025-12-10T15:04:05.000Z`), in whichever browser changed it. Exports
 * carry it and an import keeps it, so a record moved between browsers still says when it was last changed; a
 * record without one is stamped with the time it is stored.
 */
export const updatedAtSchema = z.iso
  .datetime()
  .describe('When the record last changed (UTC); an import keeps it, a record without one is stamped on import.');

/** A record as the JSON and CSV formats carry it: its content and, optionally, its `updatedAt`. */
export const exportedActivitySchema = activityShape
  .extend({ updatedAt: updatedAtSchema.optional() })
  .superRefine(checkDates);

/**
 * An activity as stored in the database. When THIS browser wrote this version (an import, an edit, a feed sync)
 * is `storedAt ?? updatedAt`: the edit revision (writes.ts), the link from an imported record to its import
 * (history.ts) and what "changed since the last sync" selects (feeds.ts). `storedAt` is only there when an import
 * kept the file's `updatedAt`; every other write sets `updatedAt` to its own time and leaves no `storedAt`, so
 * such records look exactly as they did before imports kept stamps. Never exported: it says nothing about the
 * record to another browser.
 */
export const activitySchema = activityShape
  .extend({ origin: originSchema, updatedAt: z.string().optional(), storedAt: z.string().optional() })
  .superRefine(checkDates);

export type ActivityFile = z.infer<typeof activityFileSchema>;
export type ExportedActivity = z.infer<typeof exportedActivitySchema>;
export type Activity = z.infer<typeof activitySchema>;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];
export type Status = (typeof STATUSES)[number];
export type Origin = z.infer<typeof originSchema>;
export type FeedOrigin = z.infer<typeof feedOrigin>;
export type Localized = z.infer<typeof localized>;
export type Place = z.infer<typeof placeSchema>;
export type Actor = z.infer<typeof actorSchema>;
export type AdditionalSource = z.infer<typeof additionalSourceSchema>;

export const ACTIVITIES_FORMAT = 'agenda-exterior.activities';
export const ACTIVITIES_VERSION = 1;

export const activitiesFileSchema = z
  .object({
    format: z.literal(ACTIVITIES_FORMAT),
    version: z.literal(ACTIVITIES_VERSION),
    activities: z.array(exportedActivitySchema),
  })
  .strict();

export type ActivitiesFile = z.infer<typeof activitiesFileSchema>;

export function toFileRecord(a: Activity): ActivityFile {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { origin, updatedAt, storedAt, ...rest } = a;
  return rest;
}

/** A stored record as an export writes it: its content, then its `updatedAt` when it has one. */
export function toExportRecord(a: Activity): ExportedActivity {
  const file = toFileRecord(a);
  return a.updatedAt === undefined ? file : { ...file, updatedAt: a.updatedAt };
}
