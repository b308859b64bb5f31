import type { DBCore, DBCoreTransaction, Middleware } from 'dexie';

/**
 * Every committed change to the database, announced to every tab and worker of this site. Dexie has its own
 * cross-tab event (`storagemutated`), but it cannot tell this tab's writes from another's: this tab already
 * refetches after its own writes (mutations.ts), and a second refetch of 100,000 records is a second of work.
 * So each context tags what it announces with its tab id; the import worker runs under its page's id (its Worker
 * `name`), so the page does not refetch twice after its own import either.
 */
export interface Change {
  /** The tab that wrote (the page, or a worker it started). */
  tab: string;
  /** Tables written by one committed transaction. */
  tables: string[];
  /** When it committed (ms since the epoch). */
  at: number;
}

export type ChangeListener = (change: Change, own: boolean) => void;

const CHANNEL = 'agenda-exterior:changes';

const newId = () =>
  typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `${Date.now()}-${Math.random().toString(36).slice(2)}`;

/** A worker started by a page carries the page's id as its name (see importSession.ts). */
const workerName = (): string => {
  const g = globalThis as { name?: unknown; document?: unknown };
  return g.document === undefined && typeof g.name === 'string' ? g.name : '';
};

export const TAB_ID: string = workerName() || newId();

const listeners = new Set<ChangeListener>();
let channel: BroadcastChannel | null = null;

function ensureChannel(): BroadcastChannel | null {
  if (channel || typeof BroadcastChannel === 'undefined') return channel;
  channel = new BroadcastChannel(CHANNEL);
  // Node's channel (the tests) would keep the process alive.
  (channel as { unref?: () => void }).unref?.();
  channel.onmessage = (ev: MessageEvent<Change>) => {
    const c = ev.data;
    if (!c || !Array.isArray(c.tables)) return;
    for (const l of listeners) l(c, c.tab === TAB_ID);
  };
  return channel;
}

/** Tells this context's listeners (as its own) and every other context. */
export function announce(tables: string[], at = Date.now()): void {
  const change: Change = { tab: TAB_ID, tables, at };
  for (const l of listeners) l(change, true);
  ensureChannel()?.postMessage(change);
}

export function onChange(listener: ChangeListener): () => void {
  ensureChannel();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * A DBCore middleware: notes the tables each read-write transaction actually wrote to, and announces them once the
 * transaction has committed (an aborted one wrote nothing, so it says nothing). A read-write transaction that
 * changes nothing, such as the seed on every start-up, announces nothing either.
 */
export const changeFeedMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'agendaChangeFeed',
  create(down) {
    const touched = new WeakMap<DBCoreTransaction, Set<string>>();
    return {
      ...down,
      transaction(stores, mode, options) {
        const tx = down.transaction(stores, mode, options);
        if (mode === 'readwrite') {
          const tables = new Set<string>();
          touched.set(tx, tables);
          (tx as unknown as IDBTransaction).addEventListener('complete', () => {
            if (tables.size > 0) announce([...tables]);
          });
        }
        return tx;
      },
      table(name) {
        const table = down.table(name);
        return {
          ...table,
          mutate(req) {
            touched.get(req.trans)?.add(name);
            return table.mutate(req);
          },
        };
      },
    };
  },
};
