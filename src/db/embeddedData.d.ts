/** The build's embedded data set (scripts/vite/embeddedData.ts); typed in src/db/embedded.ts. */
/** data/taxonomy.json without its definitions (scripts/vite/embeddedData.ts); typed in src/domain/taxonomyData.ts. */
declare module 'virtual:taxonomy-labels' {
  const taxonomy: unknown;
  export default taxonomy;
}

declare module 'virtual:embedded-data' {
  export const embeddedDataHash: string;
  export const storedHintKey: string;
  export function loadEmbeddedData(): Promise<unknown>;
}
