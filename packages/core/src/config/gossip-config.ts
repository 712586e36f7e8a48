/**
 * Every knob of the engine, each with its meaning and, where Fabric has the
 * knob, its core.yaml name and default (Fabric's own defaults are the
 * `fabric` preset in presets.ts). Durations are milliseconds.
 */
export interface GossipConfig {
  // ---- discovery ---------------------------------------------------------
  /** How often a peer publishes its signed AliveMessage. Fabric: peer.gossip.aliveTimeInterval, 5 s. */
  aliveTimeInterval: number;
  /** A peer not heard from for this long is considered dead. Fabric: peer.gossip.aliveExpirationTimeout, 25 s. */
  aliveExpirationTimeout: number;
  /**
   * How often expiration is checked. Fabric has no core.yaml entry: it
   * checks every aliveExpirationTimeout / 10 (2.5 s by default).
   */
  aliveExpirationCheckInterval: number;
  /**
   * How often dead peers (and unreachable bootstrap peers) are probed again
   * with a MembershipRequest. Fabric: peer.gossip.reconnectInterval, 25 s.
   */
  reconnectInterval: number;
  /**
   * A dead peer is forgotten aliveExpirationTimeout × this factor after it
   * died (Fabric also expires stored alive messages so).
   * Fabric: peer.gossip.msgExpirationFactor, 20.
   */
  msgExpirationFactor: number;
  /**
   * How often a MembershipRequest goes to a random alive peer (0: only to
   * bootstrap peers until answered). Fabric has no such request (0 in its
   * preset); webgossip asks so that a peer that joined through a busy
   * bootstrap node learns the membership from others too.
   */
  membershipRequestInterval: number;

  // ---- push (emitter) ----------------------------------------------------
  /** How many times a message is pushed (0: pull only). Fabric: peer.gossip.propagateIterations, 1. */
  propagateIterations: number;
  /** How many random peers each push goes to (the fanout). Fabric: peer.gossip.propagatePeerNum, 3. */
  propagatePeerNum: number;
  /**
   * A batch is flushed when it holds this many messages... (blocks are not
   * batched: their first push leaves at once). Fabric: peer.gossip.maxPropagationBurstSize, 10.
   */
  maxPropagationBurstSize: number;
  /** ...or when its oldest message has waited this long. Fabric: peer.gossip.maxPropagationBurstLatency, 10 ms. */
  maxPropagationBurstLatency: number;
  /**
   * webgossip's lazy push: after pushing a block to `propagatePeerNum` peers,
   * send its digest to up to this many other linked channel peers, who request
   * it at once when they lack it (as Plumtree and GossipSub's IHAVE/IWANT do).
   * 0 keeps Fabric's infect-and-die push (Fabric has no such knob).
   */
  lazyPushPeerNum: number;
  /**
   * How many peers a block's producer pushes it to (0: propagatePeerNum, as
   * every other peer and as in Fabric, which has no such knob). webgossip's
   * producer pushes to all its linked channel peers, as GossipSub v1.1's
   * flood publishing does: one hop saved for everyone, a few frames more for
   * one peer.
   */
  publishPeerNum: number;

  // ---- pull --------------------------------------------------------------
  /** How often a peer starts a pull round (Hello to pullPeerNum peers). Fabric: peer.gossip.pullInterval, 4 s. */
  pullInterval: number;
  /**
   * How often identities are pulled. Fabric pulls them with blocks, every
   * pullInterval (the fabric preset keeps that; no knob of its own);
   * identities also come with every alive message and handshake, so the
   * webgossip preset pulls blocks every second but identities at Fabric's pace.
   */
  identityPullInterval: number;
  /** How many peers a pull round sends its Hello to. Fabric: peer.gossip.pullPeerNum, 3. */
  pullPeerNum: number;
  /**
   * How many of the peers whose digests offered a block it is asked of in a
   * pull round. Fabric asks one (no knob; its preset keeps that): a round
   * then fails when that one request or its Update is lost. webgossip asks
   * two. Identities are always asked of one.
   */
  pullOwnersPerItem: number;
  /** How long the initiator collects digests after its Hello. Fabric: peer.gossip.digestWaitTime, 1 s. */
  digestWaitTime: number;
  /** How long a responder keeps a Hello's nonce live for the Request. Fabric: peer.gossip.requestWaitTime, 1.5 s. */
  requestWaitTime: number;
  /** How long the initiator waits for the Update. Fabric: peer.gossip.responseWaitTime, 2 s. */
  responseWaitTime: number;
  /**
   * webgossip's lazy push: how long a peer waits for a block it asked an
   * advertiser for before it also asks the next peer that advertised it. The
   * first request stays answerable for responseWaitTime; a late answer costs
   * one duplicate. (Fabric has no adverts; its preset never uses this.)
   */
  advertRetryTime: number;

  // ---- channels ----------------------------------------------------------
  /**
   * How often a peer publishes its StateInfo (ledger height, left channel)
   * in each joined channel, when it changed. Fabric: peer.gossip.publishStateInfoInterval, 4 s.
   */
  publishStateInfoInterval: number;
  /**
   * How often a peer asks a random channel peer for its StateInfo snapshot.
   * Fabric: peer.gossip.requestStateInfoInterval, 4 s.
   */
  requestStateInfoInterval: number;
  /** The block window kept in the message store for push and pull. Fabric: peer.gossip.maxBlockCountToStore, 10. */
  maxBlockCountToStore: number;

  // ---- state transfer (anti-entropy) -------------------------------------
  /**
   * How often a peer compares its height with its channel peers' and asks
   * for the blocks it lacks. Fabric: peer.gossip.state.checkInterval, 10 s.
   */
  antiEntropyInterval: number;
  /** How long a RemoteStateRequest waits for its response. Fabric: peer.gossip.state.responseTimeout, 3 s. */
  antiEntropyStateResponseTimeout: number;
  /** Blocks per RemoteStateRequest. Fabric: peer.gossip.state.batchSize, 10. */
  antiEntropyBatchSize: number;

  // ---- election ----------------------------------------------------------
  /**
   * How long a peer waits at most for a stable membership view before its
   * first election. Fabric: peer.gossip.election.startupGracePeriod, 15 s.
   */
  startupGracePeriod: number;
  /**
   * How often the membership view is checked while waiting for it to settle
   * (and, here, for the leader to be gone from the channel's view).
   * Fabric: peer.gossip.election.membershipSampleInterval, 1 s.
   */
  membershipSampleInterval: number;
  /**
   * A leader not heard from for this long is replaced; a leader declares
   * itself every half of it. Fabric: peer.gossip.election.leaderAliveThreshold, 10 s.
   */
  leaderAliveThreshold: number;
  /**
   * How long a proposer collects rival proposals before it declares itself.
   * Fabric: peer.gossip.election.leaderElectionDuration, 5 s.
   */
  leaderElectionDuration: number;

  // ---- block cutting (the channel leader) ---------------------------------
  /**
   * A block is cut when it holds this many transactions... In Fabric the
   * ordering service cuts blocks, by the channel's Orderer.BatchSize.MaxMessageCount
   * (configtx.yaml); the fabric preset takes 10.
   */
  blockMaxTransactions: number;
  /** ...or when its first transaction has waited this long. Fabric: the channel's Orderer.BatchTimeout; the fabric preset takes 2 s. */
  blockTimeout: number;

  // ---- links -------------------------------------------------------------
  /**
   * Frames over this size are refused before decoding; at most 256 KiB, the
   * Chromium data-channel limit. Fabric has no gossip knob: its gRPC
   * connections carry up to 100 MiB.
   */
  maxMessageSize: number;
  /** Frames queued per link before new ones are dropped. Fabric: peer.gossip.sendBuffSize, 200. */
  sendBufferSize: number;
  /**
   * How long a new link has to complete its ConnEstablish handshake (a
   * dialed link gets three times as long, as it must open too).
   * Fabric: peer.gossip.connTimeout, 2 s (and peer.gossip.dialTimeout, 3 s, for the dial).
   */
  connTimeout: number;
  /**
   * Every link gets an Empty probe every max(1 s, 2 × aliveTimeInterval); a
   * link on which nothing at all (no frame of any kind, acks included) has
   * arrived for this many such intervals after a probe went out is closed as
   * dead, and its peer dialed again while discovery holds it alive. Fabric
   * leaves this to gRPC keepalive (peer.keepalive.client.timeout, 20 s: a
   * connection whose ping goes unanswered that long is closed); the fabric
   * preset's 2 intervals of 10 s are those 20 s. 2, not 1, so a probe or
   * answer lost on a lossy test network does not close a live link.
   */
  probeTimeoutIntervals: number;
  /**
   * Direct links kept at most (the bootstrap link excluded); over it the
   * least needed, least recently used link goes. Fabric has no cap (Infinity
   * in its preset): a browser tab cannot hold a WebRTC link to every peer.
   */
  maxConnections: number;
  /**
   * Random overlay links a peer keeps open. Fabric has none (Infinity in its
   * preset): it links to whoever it talks to.
   */
  targetConnections: number;
  /**
   * Links kept to members of each joined channel (a per-channel mesh, as
   * GossipSub's D per topic), within maxConnections; eviction spares a
   * channel's last ones, and an inbound newcomer that finds nothing to
   * evict is let in while the links exceed the cap by no more than this.
   * Capped links only (Fabric links to whoever it talks to); 0 turns the
   * mesh off. See docs/PROTOCOL.md, Links.
   */
  channelLinks: number;
  /**
   * Capped links only: how often a peer still asks one alive peer beyond a
   * channel's known members for its StateInfo, so groups of members that
   * found only each other merge. Fabric has none: uncapped, its StateInfo
   * requests reach every member.
   */
  channelExploreInterval: number;

  // ---- hostile peers (webgossip's; Fabric has none of these) --------------
  /** The window of every per-link budget below, in ms. Fabric has none: it trusts its authenticated peers. */
  budgetInterval: number;
  /**
   * Bytes of MembershipResponses and StateInfoSnapshots one link may draw per
   * budgetInterval; its requests beyond are dropped (`over-budget`). Fabric
   * has none: answers there are bounded only by gRPC's message size.
   */
  answerBudgetBytes: number;
  /**
   * Bad signatures one link may make this peer check per budgetInterval; its
   * signed messages beyond are dropped unchecked. Fabric has none.
   */
  badSignatureBudget: number;
  /**
   * An authenticated link that carries nothing but probes for this long is
   * closed (0: never). Fabric has none: gRPC keepalive only proves the
   * connection, not that the peer gossips.
   */
  silentLinkTimeout: number;
  /**
   * Dead members kept at most (and so handed on in a MembershipResponse);
   * the longest dead go first. Fabric keeps every dead member until
   * msgExpirationFactor × aliveExpirationTimeout passed.
   */
  maxDeadMembers: number;
  /**
   * Violation points (comm/violations.ts: 1 per forged or malformed message)
   * a link may score per budgetInterval before it is closed. Fabric has none.
   */
  violationLimit: number;
  /** How long a peer closed for misbehaving is refused (doubling with each offence, up to 16×). Fabric has none. */
  misbehaviourBackoff: number;
}
