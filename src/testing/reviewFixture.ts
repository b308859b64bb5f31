import type { Activity } from '../domain/activity';
import { rec } from './records';

/**
 * A small data set for the month review, whose counts the tests work out by hand (monthReview.test.ts,
 * whatChangedText.test.ts): November 2025 is reviewed; the six months before it are May – October 2025; the data
 * start in November 2024. Placeholder records, not claims about real events.
 */
const person = (name: string, country: string) => ({ name, role: { es: 'Cargo', en: 'Role' }, country });
export const reviewFixture: Activity[] = [
  rec('y1', { date: '2024-11-12', countries: ['CL'] }),
  rec('apr', { date: '2025-04-20', countries: ['JP'] }),
  rec('may', { date: '2025-05-10', countries: ['CL'], organizations: ['OAS'], actors: [person('Ana Pérez', 'CL')] }),
  rec('sep', { date: '2025-09-15', countries: ['BR'] }),
  rec('oct', { date: '2025-10-03', countries: ['US'], organizations: ['UN'] }),
  rec('span', {
    date: '2025-10-25',
    datePrecision: 'range',
    endDate: '2025-11-05',
    countries: ['FR'],
    themes: ['security-defence'],
    type: 'bilateral-coordination',
  }),
  rec('n1', {
    date: '2025-11-04',
    countries: ['US', 'DE'],
    organizations: ['UN'],
    themes: ['customs'],
    type: 'official-visit',
    actors: [person('Marco Rubio', 'US'), person('Hugo de Zela', 'PE'), person('Marco Rubio', 'US')],
  }),
  rec('n2', { date: '2025-11-20', countries: ['CL'], organizations: ['OAS'], themes: ['customs', 'migration'] }),
  rec('n3', { date: '2025-11-25', countries: ['US'], organizations: ['UN'] }),
];
