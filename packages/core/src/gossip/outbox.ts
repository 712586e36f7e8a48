import type { Comm } from '../comm/comm.js';
import { isAnswer, type LinkBudget } from '../comm/link-budget.js';
import type { PushItem, RemotePeer } from '../contracts/index.js';
import type { Emitter } from '../emitter/index.js';
import type { PkiId } from '../ids.js';
import {
  type ContentCase,
  contentOf,
  type Envelope,
  encodeEnvelope,
  type GossipMessage,
  seal,
} from '../proto/index.js';

export interface OutboxDeps {
  comm: Comm;
  emitter: Emitter;
  /** A member's endpoint, for dialing a peer not linked yet. */
  endpointOf(pkiId: PkiId): string | undefined;
  /** Where membership messages are pushed: alive peers, linked ones preferred (the overlay's). */
  aliveTargets(): readonly PkiId[];
  /** Bytes of answers each link may still draw (answerBudgetBytes per budgetInterval); charged here. */
  answers: Pick<LinkBudget, 'charge'>;
}

/** How envelopes leave the peer outside a channel: point to point over comm, or pushed to alive peers. */
export class Outbox {
  constructor(private readonly deps: OutboxDeps) {}

  /** Sends to one peer, dialing its endpoint when there is no link; false when the frame was dropped. */
  send(envelope: Envelope, kind: ContentCase, to: { pkiId?: PkiId; endpoint?: string }): boolean {
    const endpoint = to.endpoint ?? (to.pkiId ? this.deps.endpointOf(to.pkiId) : undefined);
    const frame = encodeEnvelope(envelope);
    if (to.pkiId && isAnswer(kind)) this.deps.answers.charge(to.pkiId, frame.length);
    return this.deps.comm.send(frame, kind, { pkiId: to.pkiId, endpoint });
  }

  /** An application's message, point to point (Fabric's Send). */
  sendMessage(message: GossipMessage, peers: readonly RemotePeer[]): void {
    const content = contentOf(message);
    if (!content) throw new TypeError('send: the message carries no content');
    const envelope = seal(message);
    for (const peer of peers) this.send(envelope, content.case, peer);
  }

  /** Pushes as the item says, through the emitter. */
  push(item: PushItem): void {
    this.deps.emitter.add(item);
  }

  /** Pushes to random alive peers through the emitter, never back to `exclude`. */
  pushToAlive(envelope: Envelope, kind: ContentCase, exclude?: PkiId): void {
    this.deps.emitter.add({
      frame: encodeEnvelope(envelope),
      kind,
      candidates: () => this.deps.aliveTargets(),
      exclude,
      essential: true,
    });
  }
}
