import type { PkiId } from '@webgossip/core';
import type { TabSession } from '../boot/tab-session.js';
import type { Directory } from '../view/directory.js';
import { PeerBadge } from './PeerBadge.js';

/** The title bar: what this is, how it is connected, and whose eyes the panels look through. */
export function Header({ session, directory }: { session: TabSession; directory: Directory | undefined }) {
  const peers = session.peers.all();
  const viewed = session.peers.current();
  return (
    <header className="top">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true" />
        <span className="brand-name">webgossip</span>
        <span className="brand-sub">Fabric gossip in the browser</span>
      </div>
      <div className="top-meta">
        <span className="tag">{session.factory.mode === 'memory' ? 'in-page network' : 'live network'}</span>
        <span className="tag" data-testid="preset" data-preset={session.params.preset}>
          preset {session.params.preset}
        </span>
      </div>
      {peers.length > 1 && (
        <label className="viewing">
          <span>viewing</span>
          <select
            value={viewed?.pkiId ?? ''}
            onChange={(event) => session.peers.view(event.target.value as PkiId)}
            aria-label="peer shown by the panels"
          >
            {peers.map((model) => (
              <option key={model.pkiId} value={model.pkiId}>
                {model.label} · {directory?.name(model.pkiId) || model.pkiId.slice(0, 8)}
              </option>
            ))}
          </select>
        </label>
      )}
      {viewed && !viewed.main && (
        <button
          type="button"
          className="ghost small"
          onClick={() => session.peers.view(session.peers.main()?.pkiId ?? viewed.pkiId)}
        >
          back to this tab's peer
        </button>
      )}
      {viewed && (
        <span className="top-self">
          <PeerBadge pkiId={viewed.pkiId} name={directory?.name(viewed.pkiId) ?? ''} />
        </span>
      )}
    </header>
  );
}
