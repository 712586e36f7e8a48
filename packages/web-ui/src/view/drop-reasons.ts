import type { DropReason } from '@webgossip/core';

/**
 * Whether a drop is the protocol at work or a sign of trouble. Gossip sends
 * the same message along several paths and keeps sending to peers that have
 * not yet heard of a change, so some drops are expected on a healthy network
 * (`normal`); others mean a peer sends what no honest, working peer would,
 * or this peer cannot keep up (`alarm`).
 */
export type DropSeverity = 'normal' | 'alarm';

export interface DropReasonInfo {
  severity: DropSeverity;
  /** What the reason means, for the row's tooltip. */
  meaning: string;
}

const NORMAL: Partial<Record<DropReason, string>> = {
  duplicate:
    'already held: push sends each message along several paths, so all but the first copy are dropped (Fabric does the same)',
  stale: 'an older alive or StateInfo than the one held: it arrived late, over a slower path',
  'not-joined':
    'for a channel this peer has not joined: others send StateInfo and blocks to every peer they know of until they learn it is not a member',
  'unknown-nonce':
    'a pull answer whose round is over: it arrived after the wait time, or answered another peer',
  'out-of-window': 'a block older than this peer keeps in its window: it already moved past it',
  'no-link':
    'a message for a peer this peer holds no link to (the link just closed): gossip reaches it by another path',
  'wrong-parent': 'a block of another branch while two leaders cut at once: the fork-choice rule settles it',
  'fork-lost': 'a block of a branch that lost under the fork-choice rule',
  unexpected: 'an answer nobody asked for, such as a state transfer response after the request was settled',
};

const ALARM: Partial<Record<DropReason, string>> = {
  oversize: 'a frame over the size limit',
  'malformed-envelope': 'a frame that does not decode as an Envelope',
  'malformed-message': 'an Envelope whose payload does not decode as a GossipMessage',
  'empty-content': 'a GossipMessage with no content',
  invalid:
    'a message missing what it must carry (a transaction without an id, a DataMessage without payload)',
  'bad-signature': 'a signature that does not verify: forged or corrupted',
  'unknown-identity': 'signed by a peer whose identity this peer does not know',
  unauthenticated: 'a link whose first frame was not a ConnEstablish',
  'handshake-failed': 'a ConnEstablish with a malformed identity or a PKI-ID that is not its hash',
  'binding-mismatch':
    "a ConnEstablish whose certificate hash is not the link's DTLS fingerprint: a relay in the middle",
  spoofed: 'a MembershipRequest naming another peer than its link',
  'not-member': 'from a peer that is not a member of the channel',
  'queue-full': "a link's send queue is full: this peer or the other cannot keep up",
};

/** The severity and meaning of a drop reason; a reason this table does not know counts as an alarm. */
export function dropReasonInfo(reason: string): DropReasonInfo {
  const normal = (NORMAL as Record<string, string>)[reason];
  if (normal) return { severity: 'normal', meaning: normal };
  const alarm = (ALARM as Record<string, string>)[reason];
  return { severity: 'alarm', meaning: alarm ?? 'a reason this dashboard does not describe' };
}
