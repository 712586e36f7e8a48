import type { DropReason } from '../contracts/index.js';
import { type PkiId, pkiIdFromBytes } from '../ids.js';
import { type Envelope, type GossipMessage, gossip } from '../proto/index.js';

/** A MembershipResponse stays this far under the frame limit. */
const RESPONSE_MARGIN = 4096;
/** The protobuf tags and lengths around one entry of a MembershipResponse (entries under 16 KiB). */
const ENTRY_FRAMING = 8;

export interface ResponseEntry {
  envelope: Envelope | undefined;
  alive: boolean;
}

/**
 * The MembershipResponse body: this peer's own AliveMessage first, then the
 * signed AliveMessages of `records` (given in a random order) while they fit
 * under the frame limit. Dead entries are bounded by the dead members kept
 * (maxDeadMembers), so churn through short-lived identities cannot grow an
 * answer beyond that; members seeded at start have nothing signed to hand on.
 */
export function membershipResponse(
  own: Envelope | undefined,
  records: readonly ResponseEntry[],
  maxMessageSize: number,
): GossipMessage {
  const budget = maxMessageSize - RESPONSE_MARGIN;
  let used = own?.payload?.length ?? 0;
  const alive: Envelope[] = own ? [own] : [];
  const dead: Envelope[] = [];
  for (const { envelope, alive: isAlive } of records) {
    if (!envelope) continue;
    used += (envelope.payload?.length ?? 0) + (envelope.signature?.length ?? 0) + ENTRY_FRAMING;
    if (used > budget) break;
    (isAlive ? alive : dead).push(envelope);
  }
  return { memRes: { alive, dead } };
}

/**
 * The AliveMessage a MembershipRequest carries as its self_information,
 * decoded; refused when missing, when it does not decode, or when it names
 * another peer than the link it came over.
 */
export function selfInformationOf(
  msg: GossipMessage,
  from: PkiId,
):
  | { ok: true; envelope: Envelope; payload: Uint8Array; inner: gossip.GossipMessage }
  | { ok: false; reason: DropReason; detail: string } {
  const envelope = msg.memReq?.selfInformation;
  const payload = envelope?.payload;
  if (!envelope || !payload) return { ok: false, reason: 'invalid', detail: 'no self_information' };
  let inner: gossip.GossipMessage;
  try {
    inner = gossip.GossipMessage.decode(payload);
  } catch {
    return { ok: false, reason: 'invalid', detail: 'self_information does not decode' };
  }
  const claimed = inner.aliveMsg?.membership?.pkiId;
  if (!claimed || pkiIdFromBytes(claimed) !== from) {
    return { ok: false, reason: 'spoofed', detail: 'self_information names another peer than the link' };
  }
  return { ok: true, envelope: envelope as Envelope, payload, inner };
}
