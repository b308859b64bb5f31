import type { Activity, ActivityFile } from '../../src/domain/activity';

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
