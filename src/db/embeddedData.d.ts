/** The build's embedded data set (scripts/vite/embeddedData.ts); typed in src/db/embedded.ts. */
declare module 'virtual:embedded-data' {
  export const embeddedDataHash: string;
  export function loadEmbeddedData(): Promise<unknown>;
}
