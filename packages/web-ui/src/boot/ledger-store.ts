import type { ChannelId, PkiId } from '@webgossip/core';

const DB_NAME = 'webgossip-ledger';
const STORE = 'blocks';
const FLUSH_DELAY_MS = 50;

type BlockKey = [PkiId, ChannelId, number];

/**
 * The blocks a peer holds, per channel, in IndexedDB under its PKI-ID, so a
 * reloaded tab resumes at its height. Writes are batched into one
 * transaction per short burst; `persisted` counts blocks known to be on disk.
 */
export class LedgerStore {
  private pending: { key: BlockKey; bytes: Uint8Array }[] = [];
  private flushing = false;
  private flushTimer: ReturnType<typeof setTimeout> | undefined;
  /** `channel/seq` of every block on disk or queued, so a block is written once. */
  private readonly known = new Set<string>();
  private persistedCount = 0;
  private failure: string | undefined;
  private onChange: () => void = () => {};

  private constructor(
    private readonly db: IDBDatabase,
    private readonly pkiId: PkiId,
    /** Serialized blocks per channel, seq 0 first, as loaded at start. */
    readonly restored: ReadonlyMap<ChannelId, readonly Uint8Array[]>,
  ) {
    for (const [channel, blocks] of restored) {
      for (let seq = 0; seq < blocks.length; seq++) this.known.add(`${channel}/${seq}`);
      this.persistedCount += blocks.length;
    }
  }

  static async open(pkiId: PkiId, factory: IDBFactory = indexedDB): Promise<LedgerStore> {
    const db = await openDatabase(factory);
    const restored = await loadLedger(db, pkiId);
    return new LedgerStore(db, pkiId, restored);
  }

  /** Blocks on disk (restored plus written since). */
  get persisted(): number {
    return this.persistedCount;
  }

  /** The last write error, if writing failed (e.g. storage is full). */
  get error(): string | undefined {
    return this.failure;
  }

  /** The contiguous run of blocks from seq 0 for `channel`, for restoreLedger. */
  blocksOf(channel: ChannelId): readonly Uint8Array[] {
    return this.restored.get(channel) ?? [];
  }

  watch(onChange: () => void): void {
    this.onChange = onChange;
  }

  /** Queues one block for writing. */
  put(channel: ChannelId, seq: number, bytes: Uint8Array): void {
    const id = `${channel}/${seq}`;
    if (this.known.has(id)) return;
    this.known.add(id);
    this.pending.push({ key: [this.pkiId, channel, seq], bytes });
    if (this.flushTimer === undefined) this.flushTimer = setTimeout(() => this.flush(), FLUSH_DELAY_MS);
  }

  close(): void {
    if (this.flushTimer !== undefined) clearTimeout(this.flushTimer);
    this.flush();
  }

  private flush(): void {
    this.flushTimer = undefined;
    if (this.flushing || this.pending.length === 0) return;
    const batch = this.pending;
    this.pending = [];
    this.flushing = true;
    const tx = this.db.transaction(STORE, 'readwrite');
    const store = tx.objectStore(STORE);
    for (const { key, bytes } of batch) store.put(bytes, key);
    const done = (error?: string) => {
      this.flushing = false;
      if (error) this.failure = error;
      else this.persistedCount += batch.length;
      this.onChange();
      if (this.pending.length > 0) this.flush();
    };
    tx.oncomplete = () => done();
    tx.onerror = () => done(tx.error?.message ?? 'write failed');
    tx.onabort = () => done(tx.error?.message ?? 'write aborted');
  }
}

function openDatabase(factory: IDBFactory): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('cannot open IndexedDB'));
    request.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
  });
}

/** Every channel's blocks for one peer, keeping only the gap-free run from seq 0. */
function loadLedger(db: IDBDatabase, pkiId: PkiId): Promise<Map<ChannelId, Uint8Array[]>> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(STORE, 'readonly');
    // Array keys sort after strings, so [pkiId, []] bounds every [pkiId, channel, seq].
    const range = IDBKeyRange.bound([pkiId], [pkiId, []]);
    const out = new Map<ChannelId, Uint8Array[]>();
    const cursor = tx.objectStore(STORE).openCursor(range);
    cursor.onsuccess = () => {
      const at = cursor.result;
      if (!at) {
        resolve(out);
        return;
      }
      const [, channel, seq] = at.key as BlockKey;
      const blocks = out.get(channel) ?? [];
      if (seq === blocks.length && at.value instanceof Uint8Array) blocks.push(at.value);
      out.set(channel, blocks);
      at.continue();
    };
    cursor.onerror = () => reject(cursor.error ?? new Error('cannot read the ledger'));
  });
}
