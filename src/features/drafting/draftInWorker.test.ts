import { describe, expect, it } from 'vitest';
import { draftInWorker } from './draftInWorker';

describe('draftInWorker', () => {
  it('when there is no Worker (jsdom), then it drafts on this thread and resolves with the result', async () => {
    const r = await draftInWorker({
      text: 'Secretary of State Marco Rubio and Foreign Minister Hugo de Zela of Peru met today to discuss security.',
      releaseDate: '2025-12-05',
    });
    expect(r.ok && r.file.drafts.map((d) => [d.type, d.date])).toEqual([['bilateral-meeting', '2025-12-05']]);
  });
  it('when the text is empty, then it resolves with the typed error, never rejects', async () => {
    await expect(draftInWorker({ text: '  ', releaseDate: '2025-12-05' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'empty' },
    });
  });
});
