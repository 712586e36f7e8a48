import type { GossipConfig } from '../config.js';
import { type DropReason, dropped, news, TAKEN, type Verdict } from '../contracts/index.js';
import type { IdentityStore, MessageCryptoService } from '../crypto/index.js';
import { type PkiId, pkiIdFromBytes, pkiIdToBytes } from '../ids.js';
import { type ContentCase, type Envelope, gossip, seal } from '../proto/index.js';
import { type Runtime, sample } from '../runtime/index.js';
import { PullMediator } from './mediator.js';

export interface IdentityPullerDeps {
  runtime: Runtime;
  config: GossipConfig;
  crypto: MessageCryptoService;
  identities: IdentityStore;
  metadata: Uint8Array;
  aliveIds(): PkiId[];
  isAlive(pkiId: PkiId): boolean;
  /** Narrows candidates to linked peers when links are capped. */
  prefer(ids: PkiId[]): PkiId[];
  send(envelope: Envelope, kind: ContentCase, to: PkiId): void;
  drop(reason: DropReason, kind: ContentCase, from?: PkiId, detail?: string): void;
}

/** An identity new to this peer: it goes on to alive peers. */
const NEW_TO_ALIVE = news({ to: 'alive' });

/**
 * The pull engine bound to identities (id = PKI-ID): every peer's signed
 * PeerIdentity spreads by pull, so a peer can verify messages of peers it
 * has not yet heard an alive message from. A digest offers the identities of
 * the members this peer holds alive, and its own: with full membership that
 * is every identity, as in Fabric (which drops those of expired members);
 * with partial views (a converged start of 10,000 peers) identities follow
 * the views instead of all reaching everyone, O(N²) in memory and traffic.
 */
export class IdentityPuller {
  readonly mediator: PullMediator;
  private readonly envelopes = new Map<PkiId, Envelope>();

  constructor(private readonly deps: IdentityPullerDeps) {
    this.mediator = new PullMediator(
      {
        msgType: gossip.PullMsgType.IDENTITY_MSG,
        digestEncoding: 'hex-bytes',
        selectPeers: () => sample(deps.runtime, deps.prefer(deps.aliveIds()), deps.config.pullPeerNum),
        envelopeOf: (item) => this.envelopes.get(item as PkiId),
        accept: (envelope, from) => this.accept(envelope, from),
        filterEgress: (_to, items) => this.offered(items),
        send: deps.send,
        drop: deps.drop,
      },
      {
        runtime: deps.runtime,
        // Identities also come with every alive message and handshake: one owner per item is plenty.
        config: { ...deps.config, pullInterval: deps.config.identityPullInterval, pullOwnersPerItem: 1 },
      },
    );
    const own = seal(
      {
        tag: gossip.GossipMessage.Tag.EMPTY,
        peerIdentity: {
          pkiId: pkiIdToBytes(deps.crypto.pkiId),
          cert: deps.crypto.identity,
          metadata: deps.metadata,
        },
      },
      (payload) => deps.crypto.sign(payload),
    );
    this.envelopes.set(deps.crypto.pkiId, own);
    this.mediator.engine.add(deps.crypto.pkiId);
  }

  private offered(items: string[]): string[] {
    const self = this.deps.crypto.pkiId;
    return items.filter((item) => item === self || this.deps.isAlive(item as PkiId));
  }

  /** A PeerIdentity pushed to this peer: a new one goes on to alive peers. */
  receive(envelope: Envelope): Verdict {
    const taken = this.take(envelope);
    return typeof taken === 'string' ? NEW_TO_ALIVE : taken;
  }

  /** One identity of an Update: stored when new, its PKI-ID returned; a refusal is recorded. */
  accept(envelope: Envelope, from: PkiId): PkiId | undefined {
    const taken = this.take(envelope);
    if (typeof taken === 'string') return taken;
    if (taken.outcome === 'dropped') this.deps.drop(taken.reason, 'peerIdentity', from, taken.detail);
    return undefined;
  }

  /** Verifies a signed PeerIdentity and stores it: its PKI-ID when it was new, else what became of it. */
  private take(envelope: Envelope): PkiId | Verdict {
    const payload = envelope.payload;
    let msg: gossip.GossipMessage;
    try {
      msg = gossip.GossipMessage.decode(payload ?? new Uint8Array(0));
    } catch {
      return dropped('invalid', 'PeerIdentity does not decode');
    }
    const body = msg.peerIdentity;
    if (!payload || body?.pkiId?.length !== 32 || !body.cert?.length) {
      return dropped('invalid', 'PeerIdentity without pki_id or cert');
    }
    const pkiId = pkiIdFromBytes(body.pkiId);
    if (this.envelopes.has(pkiId)) return TAKEN;
    if (!this.deps.identities.put(pkiId, body.cert))
      return dropped('invalid', 'cert does not hash to pki_id');
    if (!this.deps.crypto.verify(body.cert, envelope.signature ?? new Uint8Array(0), payload)) {
      return dropped('bad-signature');
    }
    this.envelopes.set(pkiId, envelope);
    this.mediator.engine.add(pkiId);
    return pkiId;
  }
}
