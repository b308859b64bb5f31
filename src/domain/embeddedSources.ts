import type { Source } from './source';
import { sourcesOfFiles } from './dataFiles';

/**
 * The embedded releases (one file per release in data/sources/, `{ "sources": [...] }`, in file-name order), for
 * the code that checks or writes files (import, feeds, backups, the editor). Start-up does not load them: the
 * seed fetches them with the records (src/db/embedded.ts).
 */
const sourceFiles = import.meta.glob<{ default: { sources: Source[] } }>('../../data/sources/*.json', { eager: true });
export const embeddedSources: Source[] = sourcesOfFiles(sourceFiles);
