import type { MessageCryptoService } from '../crypto/index.js';
import { type PkiId, pkiIdFromBytes } from '../ids.js';
import { gossip } from '../proto/index.js';
import { type PeerTime, peerTimeOf } from '../store/index.js';
import type { DecodedFrame } from './frame.js';

/** One signature the engine will check, with the identity it will check it against. */
interface Claim {
  identity: Uint8Array;
  signature: Uint8Array;
  payload: Uint8Array;
}

export interface PreVerifyDeps {
  /** Must have `verifyAsync`; its verdicts answer the engine's synchronous checks later. */
  crypto: MessageCryptoService;
  /** Identities known so far (the engine checks a signature only against a known or carried one). */
  identityOf(pkiId: PkiId): Uint8Array | undefined;
  /** Whether an alive message of `pkiId` stamped `time` would be news (only news is checked). */
  aliveIsNews(pkiId: PkiId, time: PeerTime): boolean;
}

interface Entry {
  ready: boolean;
  deliver(): void;
}

/**
 * The asynchronous stage in front of the engine: a received message's
 * signatures (blocks, alive messages, StateInfo, leadership) are checked
 * with `verifyAsync` before the message is handed on, so the synchronous
 * checks further in find their verdicts remembered. Messages of one link
 * are handed on in the order they arrived; a message with nothing to check
 * waits only behind earlier messages of its own link. Verdicts are not
 * acted on here: a bad signature is remembered as bad, and the engine drops
 * and counts the message as before.
 */
export class PreVerifier {
  private readonly queues = new Map<object, Entry[]>();

  constructor(private readonly deps: PreVerifyDeps) {}

  /** Hands `frame` (from the link `link`) to `deliver` once its signatures are checked. */
  submit(link: object, frame: DecodedFrame, deliver: () => void): void {
    const checks = this.checks(frame);
    let queue = this.queues.get(link);
    if (checks.length === 0 && !queue) {
      deliver();
      return;
    }
    if (!queue) {
      queue = [];
      this.queues.set(link, queue);
    }
    const entry: Entry = { ready: checks.length === 0, deliver };
    queue.push(entry);
    if (entry.ready) return;
    const done = () => {
      entry.ready = true;
      this.drain(link);
    };
    Promise.all(checks).then(done, done);
  }

  /** Hands on a link's messages from the head of its queue, as far as their checks are done. */
  private drain(link: object): void {
    const queue = this.queues.get(link);
    if (!queue) return;
    while (queue[0]?.ready) {
      const entry = queue.shift() as Entry;
      try {
        entry.deliver();
      } catch (error) {
        // A handler's fault must not stall the link's queue; it still surfaces.
        queueMicrotask(() => {
          throw error;
        });
      }
    }
    if (queue.length === 0) this.queues.delete(link);
  }

  /** The checks still to run for a message's signatures (none when every verdict is known). */
  private checks(frame: DecodedFrame): Promise<boolean>[] {
    const pending: Promise<boolean>[] = [];
    for (const claim of this.claims(frame)) {
      const verdict = this.deps.crypto.verifyAsync?.(claim.identity, claim.signature, claim.payload);
      if (verdict instanceof Promise) pending.push(verdict);
    }
    return pending;
  }

  private claims(frame: DecodedFrame): Claim[] {
    const msg = frame.message;
    const signature = frame.envelope.signature ?? new Uint8Array(0);
    if (msg.aliveMsg) return this.alive(msg, signature, frame.payload);
    const self = msg.memReq?.selfInformation;
    if (self) return this.inner(self, (m, sig, payload) => this.alive(m, sig, payload));
    if (msg.memRes) {
      const entries = [...(msg.memRes.alive ?? []), ...(msg.memRes.dead ?? [])];
      return entries.flatMap((e) => this.inner(e, (m, sig, payload) => this.alive(m, sig, payload)));
    }
    if (msg.stateInfo) return this.byAuthor(msg.stateInfo.pkiId, signature, frame.payload);
    if (msg.leadershipMsg) return this.byAuthor(msg.leadershipMsg.pkiId, signature, frame.payload);
    if (msg.stateSnapshot)
      return (msg.stateSnapshot.elements ?? []).flatMap((e) =>
        this.inner(e, (m, sig, payload) => this.byAuthor(m.stateInfo?.pkiId, sig, payload)),
      );
    if (msg.dataMsg) return this.block(msg.dataMsg.payload?.data);
    if (msg.dataUpdate?.msgType === gossip.PullMsgType.BLOCK_MSG)
      return (msg.dataUpdate.data ?? []).flatMap((e) =>
        this.inner(e, (m) => this.block(m.dataMsg?.payload?.data)),
      );
    return [];
  }

  /** An alive message that would be news, its author's own copy over its link too (what is stored is handed on). */
  private alive(msg: gossip.GossipMessage, signature: Uint8Array, payload: Uint8Array): Claim[] {
    const alive = msg.aliveMsg;
    const pkiIdBytes = alive?.membership?.pkiId;
    if (!alive?.timestamp || pkiIdBytes?.length !== 32) return [];
    const pkiId = pkiIdFromBytes(pkiIdBytes);
    if (pkiId === this.deps.crypto.pkiId) return [];
    if (!this.deps.aliveIsNews(pkiId, peerTimeOf(alive.timestamp))) return [];
    const identity = this.deps.identityOf(pkiId) ?? alive.identity;
    return identity && identity.length > 0 ? [{ identity, signature, payload }] : [];
  }

  private byAuthor(
    pkiIdBytes: Uint8Array | null | undefined,
    signature: Uint8Array,
    payload: Uint8Array,
  ): Claim[] {
    if (pkiIdBytes?.length !== 32) return [];
    const pkiId = pkiIdFromBytes(pkiIdBytes);
    const identity = pkiId === this.deps.crypto.pkiId ? undefined : this.deps.identityOf(pkiId);
    return identity ? [{ identity, signature, payload }] : [];
  }

  /** A block's producer signature over its header (none for this peer's own blocks). */
  private block(bytes: Uint8Array | null | undefined): Claim[] {
    if (!bytes) return [];
    try {
      const block = gossip.Block.decode(bytes);
      const header = gossip.BlockHeader.decode(block.header);
      if (header.producer.length !== 32) return [];
      const producer = pkiIdFromBytes(header.producer);
      if (producer === this.deps.crypto.pkiId) return [];
      const identity = this.deps.identityOf(producer) ?? header.producerIdentity;
      return identity.length > 0 ? [{ identity, signature: block.signature, payload: block.header }] : [];
    } catch {
      return [];
    }
  }

  /** The claims of an envelope carried inside a message (membership entries, snapshots, updates). */
  private inner(
    envelope: gossip.Envelope.$Properties,
    claimsOf: (msg: gossip.GossipMessage, signature: Uint8Array, payload: Uint8Array) => Claim[],
  ): Claim[] {
    if (!envelope.payload) return [];
    try {
      const msg = gossip.GossipMessage.decode(envelope.payload);
      return claimsOf(msg, envelope.signature ?? new Uint8Array(0), envelope.payload);
    } catch {
      return [];
    }
  }
}
