import type { ChannelId, PkiId } from '@webgossip/core';

const DB_NAME = 'webgossip-ledger';
const STORE = 'blocks';
const FLUSH_DELAY_MS = 50;

type BlockKey = [PkiId, ChannelId, number];

/** One queued change, applied to the database in the order it was made. */
type Write =
  | { kind: 'put'; channel: ChannelId; seq: number; bytes: Uint8Array }
  | { kind: 'rollback'; channel: ChannelId; fromSeq: number };

/**
 * The blocks a peer holds, per channel, in IndexedDB under its PKI-ID, so a
 * reloaded tab resumes at its height. Writes are batched into one
 * transaction per short burst; `persisted` counts blocks known to be on disk.
 * A fork's losing blocks are rolled back here too, so a reload restores the
 * chain that won.
 */
export class LedgerStore {
  private pending: Write[] = [];
  private flushing = false;
  private flushTimer: ReturnType<typeof setTimeout> | undefined;
  /** A fingerprint of the block on disk or queued at each `channel/seq`, so the same block is written once. */
  private readonly known = new Map<string, string>();
  /** `channel/seq` of every block known to be on disk. */
  private readonly onDisk = new Set<string>();
  private failure: string | undefined;
  private onChange: () => void = () => {};

  private constructor(
    private readonly db: IDBDatabase,
    private readonly pkiId: PkiId,
    /** Serialized blocks per channel, seq 0 first, as loaded at start. */
    readonly restored: ReadonlyMap<ChannelId, readonly Uint8Array[]>,
  ) {
    for (const [channel, blocks] of restored) {
      blocks.forEach((bytes, seq) => {
        this.known.set(`${channel}/${seq}`, fingerprint(bytes));
        this.onDisk.add(`${channel}/${seq}`);
      });
    }
  }

  static async open(pkiId: PkiId, factory: IDBFactory = indexedDB): Promise<LedgerStore> {
    const db = await openDatabase(factory);
    const restored = await loadLedger(db, pkiId);
    return new LedgerStore(db, pkiId, restored);
  }

  /** Blocks on disk (restored plus written since, minus those rolled back). */
  get persisted(): number {
    return this.onDisk.size;
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

  /** Queues one block for writing; another block at the same seq replaces it. */
  put(channel: ChannelId, seq: number, bytes: Uint8Array): void {
    const id = `${channel}/${seq}`;
    const print = fingerprint(bytes);
    if (this.known.get(id) === print) return;
    this.known.set(id, print);
    this.enqueue({ kind: 'put', channel, seq, bytes });
  }

  /** Removes every block of `channel` from `fromSeq` up, on disk and queued (a fork's losing branch). */
  rollback(channel: ChannelId, fromSeq: number): void {
    for (const id of [...this.known.keys()]) {
      if (blockSeqOf(id, channel) >= fromSeq) this.known.delete(id);
    }
    this.pending = this.pending.filter(
      (write) => write.channel !== channel || (write.kind === 'put' && write.seq < fromSeq),
    );
    this.enqueue({ kind: 'rollback', channel, fromSeq });
  }

  close(): void {
    if (this.flushTimer !== undefined) clearTimeout(this.flushTimer);
    this.flush();
  }

  private enqueue(write: Write): void {
    this.pending.push(write);
    if (this.flushTimer === undefined) this.flushTimer = setTimeout(() => this.flush(), FLUSH_DELAY_MS);
  }

  private flush(): void {
    this.flushTimer = undefined;
    if (this.flushing || this.pending.length === 0) return;
    const batch = this.pending;
    this.pending = [];
    this.flushing = true;
    const tx = this.db.transaction(STORE, 'readwrite');
    const store = tx.objectStore(STORE);
    for (const write of batch) {
      if (write.kind === 'put') store.put(write.bytes, [this.pkiId, write.channel, write.seq] as BlockKey);
      else
        store.delete(
          IDBKeyRange.bound(
            [this.pkiId, write.channel, write.fromSeq],
            [this.pkiId, write.channel, Infinity],
          ),
        );
    }
    const done = (error?: string) => {
      this.flushing = false;
      if (error) this.failure = error;
      else for (const write of batch) this.applied(write);
      this.onChange();
      if (this.pending.length > 0) this.flush();
    };
    tx.oncomplete = () => done();
    tx.onerror = () => done(tx.error?.message ?? 'write failed');
    tx.onabort = () => done(tx.error?.message ?? 'write aborted');
  }

  /** Mirrors a committed write in the count of blocks on disk. */
  private applied(write: Write): void {
    if (write.kind === 'put') {
      this.onDisk.add(`${write.channel}/${write.seq}`);
      return;
    }
    for (const id of [...this.onDisk]) {
      if (blockSeqOf(id, write.channel) >= write.fromSeq) this.onDisk.delete(id);
    }
  }
}

/** The seq of a `channel/seq` id when it belongs to `channel`, else -1. */
function blockSeqOf(id: string, channel: ChannelId): number {
  const prefix = `${channel}/`;
  return id.startsWith(prefix) ? Number(id.slice(prefix.length)) : -1;
}

/** Length and FNV-1a of the bytes: tells a competing block at the same seq from a copy of the one held. */
function fingerprint(bytes: Uint8Array): string {
  let hash = 0x811c9dc5;
  for (const byte of bytes) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return `${bytes.length}:${hash.toString(16)}`;
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
