import ImportPage from '../features/import/ImportPage';
import { DraftingSection } from '../features/drafting/DraftingSection';

/**
 * /import: the import page with the drafting section mounted in it. Composed here because a feature never
 * imports another: drafting hands its accepted drafts to the page's file door (preview → transaction → undo).
 */
export default function ImportRoute() {
  return <ImportPage drafting={(door) => <DraftingSection {...door} />} />;
}
