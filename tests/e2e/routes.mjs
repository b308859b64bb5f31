// Every route of the app at an address that shows data (CONTRACT.md's routes, with a record and a month of the
// embedded set), for the browser tests that walk them all: offline, phone and tablet layouts, accessibility.
export const ROUTES = [
  '/',
  '/timeline',
  '/map',
  '/themes',
  '/records',
  '/records/oas-asylum-proposal',
  '/records/oas-asylum-proposal/edit',
  '/records/new',
  '/import',
  '/feeds',
  '/vocabulary',
  '/month/2025-11',
  // Two periods side by side (README: A is the date filter, B is bfrom–bto).
  '/compare?from=2025-09-30&to=2025-12-31&bfrom=2026-01-01&bto=2026-01-31',
  '/briefing',
];
