import { z } from 'zod';
import { isoDate, localized, slug } from './activity';

/**
 * A source release (e.g. Nota de Prensa 304-25). We keep its metadata and the numbering of its paragraphs,
 * each with a gist in our own words — never the release's sentences.
 */
export const sourceSchema = z
  .object({
    id: slug,
    issuer: localized,
    /** Short citation as shown in charts and exports, e.g. "Nota de Prensa 304-25". */
    citation: z.string().min(1),
    title: z.string().min(1),
    date: isoDate,
    language: z.enum(['es', 'en']),
    reportingPeriod: z
      .object({
        from: isoDate,
        to: isoDate,
        /** How the period was established (the release says "second month" of the government). */
        basis: localized,
        basisUrl: z.url(),
      })
      .strict()
      .optional(),
    /** Address of a full-text copy of the release. */
    url: z.url(),
    urlNote: localized.optional(),
    paragraphs: z
      .array(
        z
          .object({
            number: z.number().int().min(1),
            /** One line in our own words (required of the embedded data set, see dataset.test.ts). */
            gist: localized.optional(),
            /**
             * The paragraph's exact words, for a release the analyst pasted: it is the analyst's own data and
             * stays in their IndexedDB. The embedded data set never carries it (gists + address only).
             */
            text: z.string().min(1).optional(),
          })
          .strict()
          .refine((p) => p.gist !== undefined || p.text !== undefined, { message: 'source.paragraphEmpty' }),
      )
      .min(1),
    /** Who brought the release in: the embedded data set, or the analyst (pasted, imported or restored). */
    origin: z.enum(['embedded', 'analyst']).optional(),
  })
  .strict();

export const sourcesFileSchema = z.object({ sources: z.array(sourceSchema).min(1) }).strict();

export type Source = z.infer<typeof sourceSchema>;
