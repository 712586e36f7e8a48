import type { GossipConfig } from '../config.js';
import type { DropReason } from '../contracts/index.js';
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

  /** Verifies a signed PeerIdentity and stores it; returns its PKI-ID when it was new. */
  accept(envelope: Envelope, from: PkiId): PkiId | undefined {
    const payload = envelope.payload;
    let msg: gossip.GossipMessage;
    try {
      msg = gossip.GossipMessage.decode(payload ?? new Uint8Array(0));
    } catch {
      this.deps.drop('invalid', 'peerIdentity', from, 'PeerIdentity does not decode');
      return undefined;
    }
    const body = msg.peerIdentity;
    if (!payload || body?.pkiId?.length !== 32 || !body.cert?.length) {
      this.deps.drop('invalid', 'peerIdentity', from, 'PeerIdentity without pki_id or cert');
      return undefined;
    }
    const pkiId = pkiIdFromBytes(body.pkiId);
    if (this.envelopes.has(pkiId)) return undefined;
    if (!this.deps.identities.put(pkiId, body.cert)) {
      this.deps.drop('invalid', 'peerIdentity', from, 'cert does not hash to pki_id');
      return undefined;
    }
    if (!this.deps.crypto.verify(body.cert, envelope.signature ?? new Uint8Array(0), payload)) {
      this.deps.drop('bad-signature', 'peerIdentity', from);
      return undefined;
    }
    this.envelopes.set(pkiId, envelope);
    this.mediator.engine.add(pkiId);
    return pkiId;
  }
}
