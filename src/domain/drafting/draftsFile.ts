import { z } from 'zod';
import { DATE_PRECISIONS, STATUSES, countryCode, isoDate, slug } from '../activity';

/**
 * The drafts file of CONTRACT.md ("The drafts file"): what the drafting engine proposes and what "Export drafts
 * (JSON)" writes. A draft carries the activity fields of the JSON format, relaxed where a text may not give a
 * value (no date, a title in one language only, a place without coordinates, a person without a known country),
 * plus a confidence (0–1) and the evidence (character offsets into the release text) of each proposed field.
 */
export const DRAFTS_FORMAT = 'agenda-exterior.drafts';
export const DRAFTS_VERSION = 1;
export const RELEASE_LANGUAGES = ['es', 'en'] as const;

/** Offsets into the release text as the engine returns it (`DraftResult.text`): start inclusive, end exclusive. */
export const spanSchema = z
  .object({ start: z.number().int().min(0), end: z.number().int().min(0) })
  .strict()
  .refine((s) => s.end > s.start, { message: 'span.empty' });

const partialLocalized = z.object({ es: z.string().min(1).optional(), en: z.string().min(1).optional() }).strict();

/** The fields a draft can carry a confidence and evidence for. */
export const DRAFT_FIELDS = [
  'date',
  'status',
  'type',
  'title',
  'countries',
  'themes',
  'organizations',
  'places',
  'actors',
] as const;
export type DraftField = (typeof DRAFT_FIELDS)[number];

const draftPlaceSchema = z
  .object({
    name: z.string().min(1),
    country: countryCode.optional(),
    lat: z.number().min(-90).max(90).optional(),
    lon: z.number().min(-180).max(180).optional(),
  })
  .strict();

const draftActorSchema = z
  .object({ name: z.string().min(1), role: partialLocalized, country: countryCode.optional() })
  .strict();

export const draftSchema = z
  .object({
    id: slug,
    /** null where the text gives no date: never the release date passed off as the activity's. */
    date: isoDate.nullable(),
    datePrecision: z.enum(DATE_PRECISIONS).nullable(),
    endDate: isoDate.optional(),
    status: z.enum(STATUSES),
    type: slug,
    title: partialLocalized,
    summary: partialLocalized,
    countries: z.array(countryCode),
    themes: z.array(slug),
    organizations: z.array(z.string().regex(/^[A-Z][A-Za-z0-9-]*$/)),
    places: z.array(draftPlaceSchema),
    actors: z.array(draftActorSchema),
    /** `id` of the release once stored; `paragraph` numbers the body paragraphs of the segmentation from 1. */
    source: z.object({ id: slug.optional(), paragraph: z.number().int().min(1) }).strict(),
    additionalSources: z.array(z.never()),
    confidence: z.partialRecord(z.enum(DRAFT_FIELDS), z.number().min(0).max(1)),
    evidence: z.partialRecord(z.enum(DRAFT_FIELDS), z.array(spanSchema)),
  })
  .strict();

export const draftsFileSchema = z
  .object({
    format: z.literal(DRAFTS_FORMAT),
    version: z.literal(DRAFTS_VERSION),
    release: z
      .object({
        date: isoDate,
        language: z.enum(RELEASE_LANGUAGES),
        issuer: z.string().min(1).optional(),
        url: z.url({ protocol: /^https?$/ }).optional(),
      })
      .strict(),
    mentions: z
      .object({
        countries: z.array(countryCode),
        organizations: z.array(
          z.object({ id: z.string().min(1).optional(), names: z.array(z.string().min(1)).min(1) }).strict(),
        ),
      })
      .strict(),
    drafts: z.array(draftSchema),
  })
  .strict();

export type Span = z.infer<typeof spanSchema>;
export type Draft = z.infer<typeof draftSchema>;
export type DraftsFile = z.infer<typeof draftsFileSchema>;
export type ReleaseLanguage = (typeof RELEASE_LANGUAGES)[number];
