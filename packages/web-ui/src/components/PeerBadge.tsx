import { type PkiId, shortId } from '@webgossip/core';
import { peerColour } from '../view/peer-colour.js';

interface PeerBadgeProps {
  pkiId: PkiId;
  name?: string;
  /** Drawn greyed out (a dead peer). */
  faded?: boolean;
}

/** A peer as it appears everywhere: its colour, its name, its short PKI-ID. */
export function PeerBadge({ pkiId, name, faded }: PeerBadgeProps) {
  return (
    <span className={faded ? 'peer-badge faded' : 'peer-badge'} title={pkiId}>
      <span className="peer-dot" style={{ background: peerColour(pkiId) }} />
      {name && <span className="peer-name">{name}</span>}
      <code className="peer-id">{shortId(pkiId)}</code>
    </span>
  );
}
