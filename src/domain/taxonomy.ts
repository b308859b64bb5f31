import { z } from 'zod';
import { localized, slug } from './activity';

/** Themes, activity types and organisations: the controlled vocabularies that records and filters use. */

/**
 * `definition` is required of the embedded taxonomy (taxonomy.test.ts) but optional for entries an analyst adds
 * (`origin: 'analyst'`, kept in IndexedDB): a label and acronyms are what records, filters and drafting need.
 */
const definition = localized.optional();

export const themeSchema = z.object({ id: slug, label: localized, definition }).strict();

export const PLOVER_CATEGORIES = [
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
] as const;

export const activityTypeSchema = z
  .object({
    id: slug,
    label: localized,
    definition,
    /** PLOVER event category where one fits; null when none does (then `ownCode` says what we use). */
    plover: z.enum(PLOVER_CATEGORIES).nullable(),
    /** CAMEO code (as a string, e.g. "042") where one fits. */
    cameo: z
      .string()
      .regex(/^\d{2,4}$/)
      .nullable(),
    /** Our own code, for types PLOVER/CAMEO do not cover (e.g. "AE-ELECT"). */
    ownCode: z
      .string()
      .regex(/^AE-[A-Z]+$/)
      .nullable(),
  })
  .strict()
  .refine((t) => t.plover !== null || t.ownCode !== null, { message: 'type.needsCode' });

export const organizationSchema = z
  .object({
    /** English acronym, used in the URL (`org=OAS`) and in records. */
    id: z.string().regex(/^[A-Z][A-Za-z0-9-]*$/),
    acronym: localized,
    name: localized,
    definition,
    /**
     * Headquarters, drawn as a point on the map. Absent for forums with no seat (G20, CELAC, the Pacific
     * Alliance…) and for bodies an analyst adds without one: those are simply not drawn.
     */
    headquarters: z
      .object({ name: z.string().min(1), country: z.string().regex(/^[A-Z]{2}$/), lat: z.number(), lon: z.number() })
      .strict()
      .optional(),
  })
  .strict();

export const taxonomySchema = z
  .object({
    themes: z.array(themeSchema).min(1),
    activityTypes: z.array(activityTypeSchema).min(1),
    organizations: z.array(organizationSchema).min(1),
  })
  .strict();

export type Theme = z.infer<typeof themeSchema>;
export type ActivityType = z.infer<typeof activityTypeSchema>;
export type Organization = z.infer<typeof organizationSchema>;
export type Taxonomy = z.infer<typeof taxonomySchema>;
