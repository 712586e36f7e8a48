import { dropped, news, TAKEN, type Verdict } from '../contracts/index.js';
import { channelMac } from '../crypto/index.js';
import { bytesEqual, type PkiId, pkiIdFromBytes, pkiIdToBytes, toHex } from '../ids.js';
import { type Envelope, type GossipMessage, gossip, seal, small, u64 } from '../proto/index.js';
import { type PeerTime, peerTimeOf, refuseUpdate } from '../store/index.js';
import { type ChannelDeps, mayBelong } from './context.js';

interface Entry {
  /** The signed StateInfo; absent for members seeded at join. */
  envelope: Envelope | undefined;
  time: PeerTime;
  height: number;
  /** The hash of the member's block at height - 1, hex ('' when it did not say). */
  head: string;
  left: boolean;
}

/**
 * The StateInfo of every member of one channel (ledger height, whether it
 * left), newest PeerTime per peer, plus this peer's own. StateInfo names no
 * channel: it carries channel_MAC = SHA-256(pki_id ‖ channel), as in Fabric.
 */
export class StateInfoTable {
  private readonly entries = new Map<PkiId, Entry>();
  private seq = 0n;
  private own: Envelope | undefined;
  /** Grows whenever an entry or this peer's own StateInfo changes, so views built on the table know when to rebuild. */
  version = 0;
  /** Grows only when a peer is added or leaves or rejoins (not on a new height), for views of who is in. */
  memberSetVersion = 0;
  /** Whether members were seeded at join (a converged start: they know this peer's StateInfo already). */
  seeded = false;
  /** Told of every new StateInfo of a member: its height and head. */
  onUpdate: ((pkiId: PkiId, height: number, head: string) => void) | undefined;
  /** Told when a member joins (or comes back) and its StateInfo came straight from it. */
  onJoined: ((pkiId: PkiId) => void) | undefined;

  constructor(private readonly deps: ChannelDeps) {}

  /** Whether a StateInfo's MAC names this channel for the peer it claims to be from. */
  matches(pkiId: PkiId, mac: Uint8Array): boolean {
    return bytesEqual(channelMac(pkiId, this.deps.channel), mac);
  }

  /** This peer's MAC for the channel, as a StateInfoPullRequest carries it. */
  publishMac(): Uint8Array {
    return channelMac(this.deps.crypto.pkiId, this.deps.channel);
  }

  isOwn(pkiId: PkiId): boolean {
    return pkiId === this.deps.crypto.pkiId;
  }

  /** This peer's latest signed StateInfo; none yet after a seeded join, which publishes on its first change. */
  get ownEnvelope(): Envelope | undefined {
    return this.own;
  }

  /** Signs a fresh StateInfo of this peer; `head` is the hash of its block at height - 1 (empty when unknown). */
  publish(height: number, left: boolean, head: Uint8Array): Envelope {
    const { crypto, incNum } = this.deps;
    this.seq += 1n;
    const message: GossipMessage = {
      tag: gossip.GossipMessage.Tag.CHAN_OR_ORG,
      stateInfo: {
        timestamp: { incNum: u64(incNum), seqNum: u64(this.seq) },
        pkiId: pkiIdToBytes(crypto.pkiId),
        channel_MAC: channelMac(crypto.pkiId, this.deps.channel),
        properties: { ledgerHeight: u64(BigInt(height)), leftChannel: left, headHash: head },
      },
    };
    this.own = seal(message, (payload) => crypto.sign(payload));
    this.version++;
    return this.own;
  }

  /** Handles a StateInfo already matched to this channel; 'new' when it was (the caller decides where it goes on). */
  handle(envelope: Envelope, payload: Uint8Array, msg: GossipMessage, from: PkiId): Verdict {
    const info = msg.stateInfo;
    if (!info?.timestamp || info.pkiId?.length !== 32) {
      return dropped('invalid', 'StateInfo without pki_id or timestamp');
    }
    const pkiId = pkiIdFromBytes(info.pkiId);
    if (pkiId === this.deps.crypto.pkiId) return TAKEN;
    if (!mayBelong(this.deps, pkiId) || !mayBelong(this.deps, from)) return dropped('not-member');
    const time = peerTimeOf(info.timestamp);
    const stored = this.entries.get(pkiId);
    const refused = refuseUpdate(time, stored?.time, () =>
      this.deps.identities.verify(pkiId, envelope.signature ?? new Uint8Array(0), payload),
    );
    if (refused) return dropped(refused);
    const height = small(info.properties?.ledgerHeight);
    const left = info.properties?.leftChannel ?? false;
    const head = toHex(info.properties?.headHash ?? new Uint8Array(0));
    this.entries.set(pkiId, { envelope, time, height, head, left });
    this.version++;
    if (stored?.left !== left) this.memberSetVersion++;
    if (stored?.height !== height || stored.left !== left) {
      this.deps.events.emit({ type: 'height-changed', channel: this.deps.channel, pkiId, height });
    }
    if (!left) this.onUpdate?.(pkiId, height, head);
    if (!left && (stored === undefined || stored.left) && from === pkiId) this.onJoined?.(pkiId);
    return news();
  }

  /** Members in the channel now: alive, with a StateInfo, not left, allowed by the restriction. */
  members(alive: ReadonlySet<PkiId>): { pkiId: PkiId; height: number; head: string }[] {
    const out: { pkiId: PkiId; height: number; head: string }[] = [];
    for (const [pkiId, entry] of this.entries) {
      if (!entry.left && alive.has(pkiId) && mayBelong(this.deps, pkiId))
        out.push({ pkiId, height: entry.height, head: entry.head });
    }
    return out;
  }

  heightOf(pkiId: PkiId): number | undefined {
    return this.entries.get(pkiId)?.height;
  }

  /** Every signed StateInfo held, own included, for a StateInfoSnapshot. */
  snapshot(): Envelope[] {
    const all = [...this.entries.values()].flatMap((entry) => (entry.envelope ? [entry.envelope] : []));
    return this.own ? [this.own, ...all] : all;
  }

  /** Seeds members known at join (a converged start), replaced by their first real StateInfo. */
  seed(members: readonly { pkiId: PkiId; ledgerHeight: number }[]): void {
    for (const { pkiId, ledgerHeight } of members) {
      if (pkiId === this.deps.crypto.pkiId || !mayBelong(this.deps, pkiId)) continue;
      const time = { incNum: 0n, seqNum: 0n };
      this.entries.set(pkiId, { envelope: undefined, time, height: ledgerHeight, head: '', left: false });
    }
    this.version++;
    this.memberSetVersion++;
    this.seeded ||= members.length > 0;
  }
}
