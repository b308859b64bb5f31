// Types for the plain-Node report script, so its pure summary can be tested from TypeScript.
import type { ActivityFile } from '../src/domain/activity';
import type { Source } from '../src/domain/source';

export interface DataReport {
  total: number;
  sourcesUsed: number;
  byMonth: [string, number][];
  coarserByMonth: [string, number][];
  bySource: [string, number][];
  byPrecision: [string, number][];
  dayPrecise: number;
  backedDays: number;
}

export function isBackedDay(record: ActivityFile, sourcesById: Map<string, Source>): boolean;
export function summarise(records: ActivityFile[], sources: Source[]): DataReport;
