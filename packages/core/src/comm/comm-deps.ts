import type { GossipConfig } from '../config.js';
import type { EventSink, GossipEvent, MetricsSink, Transport } from '../contracts/index.js';
import type { MessageCryptoService } from '../crypto/index.js';
import type { PkiId } from '../ids.js';
import type { Runtime } from '../runtime/index.js';
import type { DecodedFrame } from './frame.js';
import type { PreVerifier } from './pre-verify.js';

/** A message that arrived over an authenticated link. */
export interface Inbound {
  frame: DecodedFrame;
  from: PkiId;
  endpoint: string;
  bytes: number;
}

export interface CommDeps {
  runtime: Runtime;
  transport: Transport;
  crypto: MessageCryptoService;
  config: GossipConfig;
  events: EventSink<GossipEvent>;
  metrics: MetricsSink;
  bootstrap: readonly string[];
  /**
   * How much the peer needs the link to `pkiId` kept (0: not at all; the
   * overlay's per-channel mesh ranks the last links to a channel's members
   * highest). Over the cap the lowest-ranked links go first.
   */
  keepRank?(pkiId: PkiId): number;
  /** Checks signatures asynchronously before messages reach the engine, in order per link. */
  preVerify?: PreVerifier | undefined;
}

export interface CommHandlers {
  message(inbound: Inbound): void;
  linkUp(pkiId: PkiId, endpoint: string, identity: Uint8Array): void;
  linkDown(pkiId: PkiId): void;
  /** Whether a peer whose link died at the probe deadline should be dialed again (it is alive); default no. */
  wantsLink?(pkiId: PkiId): boolean;
}
