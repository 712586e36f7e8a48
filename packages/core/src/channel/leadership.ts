import { dropped, type Forward, news, type PushItem, TAKEN, type Verdict } from '../contracts/index.js';
import { LeaderElection } from '../election/index.js';
import { type PkiId, pkiIdFromBytes, pkiIdToBytes } from '../ids.js';
import { type Envelope, encodeEnvelope, type GossipMessage, seal, u64 } from '../proto/index.js';
import type { Timer } from '../runtime/index.js';
import { type PeerTime, peerTimeOf, refuseUpdate } from '../store/index.js';
import { type ChannelDeps, channelMessage, channelPush, mayBelong, preferLinked } from './context.js';

/**
 * A channel's leader election over signed LeadershipMessages: the newest
 * message per peer is kept and forwarded, and fed to Fabric's election.
 * A peer that does not produce blocks takes no part and only follows
 * the declarations it hears. With a static leader (Fabric's
 * useLeaderElection false) nobody elects or announces: the peer configured
 * as orgLeader leads from the start, the others know no leader and send
 * transactions into the channel, where the leader picks them up.
 */
export class ChannelLeadership {
  private readonly election: LeaderElection | undefined;
  private readonly latest = new Map<PkiId, PeerTime>();
  private seq = 0n;
  private followed: { leader: PkiId; expiry: Timer } | undefined;

  constructor(
    private readonly deps: ChannelDeps,
    private readonly peers: () => PkiId[],
    private readonly onChange: (leader: PkiId | undefined, isSelf: boolean) => void,
  ) {
    if (!deps.produceBlocks || deps.leaderMode !== 'elected') return;
    this.election = new LeaderElection({
      self: deps.crypto.pkiId,
      runtime: deps.runtime,
      config: deps.config,
      adapter: { gossip: (isDeclaration) => this.announce(isDeclaration, peers), peers },
      onChange: (leader, isSelf) => this.changed(leader, isSelf),
    });
  }

  start(): void {
    if (this.deps.leaderMode === 'static-leader') this.changed(this.deps.crypto.pkiId, true);
    this.election?.start();
  }

  stop(): void {
    this.election?.stop();
    this.followed?.expiry.cancel();
  }

  leader(): PkiId | undefined {
    if (this.deps.leaderMode === 'static-leader') return this.deps.crypto.pkiId;
    return this.election ? this.election.leader() : this.followed?.leader;
  }

  /** A LeadershipMessage: a new one goes on to the channel's members, and then the election hears it. */
  handle(envelope: Envelope, payload: Uint8Array, msg: GossipMessage, from: PkiId): Verdict {
    const body = msg.leadershipMsg;
    if (!body?.timestamp || body.pkiId?.length !== 32) {
      return dropped('invalid', 'LeadershipMessage without pki_id or timestamp');
    }
    const pkiId = pkiIdFromBytes(body.pkiId);
    if (pkiId === this.deps.crypto.pkiId) return TAKEN;
    if (!mayBelong(this.deps, pkiId)) return dropped('not-member');
    const time = peerTimeOf(body.timestamp);
    const refused = refuseUpdate(time, this.latest.get(pkiId), () =>
      this.deps.identities.verify(pkiId, envelope.signature ?? new Uint8Array(0), payload),
    );
    if (refused) return dropped(refused);
    this.latest.set(pkiId, time);
    const isDeclaration = body.isDeclaration ?? false;
    return news(this.forwardOf(envelope, from), () => {
      if (this.election) this.election.handleMessage(pkiId, isDeclaration);
      else if (isDeclaration && this.deps.leaderMode === 'elected') this.follow(pkiId);
    });
  }

  /**
   * How a new LeadershipMessage goes on: to the channel's members (Fabric routes
   * it, tagged CHAN_AND_ORG, to peers in the channel): peers outside it drop
   * one, so a push to random alive peers reaches ever fewer members where the
   * channel is a small part of the network. Before any member is known, it
   * goes where other channel messages go.
   */
  private forwardOf(envelope: Envelope, from: PkiId): Forward {
    if (this.peers().length === 0) return channelPush(this.deps, envelope, 'leadershipMsg', from);
    const item: PushItem = {
      frame: encodeEnvelope(envelope),
      kind: 'leadershipMsg',
      candidates: () => preferLinked(this.deps, this.peers()),
      exclude: from,
      essential: true,
    };
    return { to: 'push', item };
  }

  private announce(isDeclaration: boolean, peers: () => PkiId[]): void {
    this.seq += 1n;
    const message = channelMessage(this.deps, {
      leadershipMsg: {
        pkiId: pkiIdToBytes(this.deps.crypto.pkiId),
        timestamp: { incNum: u64(this.deps.incNum), seqNum: u64(this.seq) },
        isDeclaration,
      },
    });
    const envelope = seal(message, (payload) => this.deps.crypto.sign(payload));
    const { publishPeerNum } = this.deps.config;
    this.deps.push({
      frame: encodeEnvelope(envelope),
      kind: 'leadershipMsg',
      candidates: () => preferLinked(this.deps, peers()),
      // Published wide as a producer publishes its blocks: a follower that misses two declarations in a row
      // elects again, and infect-and-die forwarding with fanout propagatePeerNum misses a member now and then.
      fanout: publishPeerNum > 0 ? publishPeerNum : undefined,
      essential: true,
    });
  }

  private follow(leader: PkiId): void {
    const changed = this.followed?.leader !== leader;
    this.followed?.expiry.cancel();
    const expiry = this.deps.runtime.setTimeout(() => {
      this.followed = undefined;
      this.changed(undefined, false);
    }, this.deps.config.leaderAliveThreshold);
    this.followed = { leader, expiry };
    if (changed) this.changed(leader, false);
  }

  private changed(leader: PkiId | undefined, isSelf: boolean): void {
    this.onChange(leader, isSelf);
    this.deps.events.emit({ type: 'leader-changed', channel: this.deps.channel, leader });
  }
}
