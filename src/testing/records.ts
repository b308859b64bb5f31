import type { Activity, ActivityFile } from '../domain/activity';

/**
 * A minimal valid activity file record. Tests derive variants from it with spread, so each test states only the
 * fields it is about. The values are placeholders, not claims about real events.
 */
export function fileRecord(overrides: Partial<ActivityFile> = {}): ActivityFile {
  return {
    id: 'test-activity',
    date: '2025-12-01',
    datePrecision: 'day',
    status: 'held',
    type: 'bilateral-meeting',
    title: { es: 'Título de prueba', en: 'Test title' },
    summary: { es: 'Resumen de prueba.', en: 'Test summary.' },
    countries: ['CL'],
    themes: ['migration'],
    organizations: [],
    places: [{ name: 'Tacna', country: 'PE', lat: -18.0066, lon: -70.2463 }],
    actors: [{ name: 'A. Person', role: { es: 'Cargo', en: 'Role' }, country: 'CL' }],
    source: { id: 'np-304-25', paragraph: 5 },
    additionalSources: [
      {
        url: 'https://example.org/report',
        publisher: 'Example',
        date: '2025-12-01',
        supports: { es: 'La fecha.', en: 'The date.' },
      },
    ],
    ...overrides,
  };
}

/** The same record as stored in the database. */
export function storedRecord(overrides: Partial<Activity> = {}): Activity {
  return { ...fileRecord(), origin: 'embedded', ...overrides };
}

/**
 * A stored record with bare defaults (no places, actors or additional sources; title = id), for the derivations
 * that only read a few fields: each test sets the ones it is about.
 */
export function rec(id: string, over: Partial<Activity> = {}): Activity {
  return storedRecord({
    id,
    date: '2025-11-10',
    title: { es: id, en: id },
    summary: { es: '—', en: '—' },
    countries: [],
    places: [],
    actors: [],
    source: { id: 'np-304-25', paragraph: 1 },
    additionalSources: [],
    origin: 'analyst',
    ...over,
  });
}
