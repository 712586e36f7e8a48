import type { TabSession } from '../boot/tab-session.js';
import type { PeerModel } from '../peers/peer-model.js';
import { formatAge } from '../view/format.js';
import { peerColour } from '../view/peer-colour.js';
import { Panel } from './Panel.js';

interface SelfPanelProps {
  session: TabSession;
  model: PeerModel;
  name: string;
  now: number;
}

/** Who the viewed peer is and whether it can reach the bootstrap node. */
export function SelfPanel({ session, model, name, now }: SelfPanelProps) {
  const { gossip, pkiId } = model;
  const bootstrapUp = !model.stopped && gossip.links().some((link) => link.bootstrap);
  const ledger = model.ledger;
  const restored = ledger ? [...ledger.restored.values()].reduce((sum, blocks) => sum + blocks.length, 0) : 0;
  const state = model.stopped ? 'stopped' : 'running';
  return (
    <Panel
      title={model.main ? 'This peer' : `Lab peer (${model.label})`}
      area="self"
      testId="self"
      aside={<span className={`pill pill-${state}`}>{state}</span>}
      data={{
        'data-pki-id': pkiId,
        'data-state': state,
        'data-bootstrap': bootstrapUp ? 'up' : 'down',
        'data-restored': restored,
        'data-persisted': ledger?.persisted ?? 0,
      }}
    >
      <div className="self-head">
        <span className="self-swatch" style={{ background: peerColour(pkiId) }} />
        <div>
          <div className="self-name">{name || `peer ${pkiId.slice(0, 8)}`}</div>
          <code className="self-id" title="PKI-ID = SHA-256 of the Ed25519 public key">
            {pkiId.slice(0, 16)}…
          </code>
        </div>
      </div>
      <dl className="facts">
        <dt>Endpoint</dt>
        <dd>
          <code title={gossip.self.endpoint}>{shorten(gossip.self.endpoint)}</code>
        </dd>
        <dt>Bootstrap</dt>
        <dd>
          <span className={`pill ${bootstrapUp ? 'pill-alive' : 'pill-dead'}`} data-testid="bootstrap-state">
            {bootstrapUp ? 'connected' : model.stopped ? 'off' : 'reconnecting'}
          </span>{' '}
          <code>{session.factory.bootstrap}</code>
        </dd>
        <dt>Network</dt>
        <dd>
          {session.factory.mode === 'memory' ? 'in-page memory network' : 'WebSocket + WebRTC'} · preset{' '}
          {session.params.preset}
        </dd>
        <dt>Up</dt>
        <dd>{formatAge(now - model.startedAt).replace(' ago', '')}</dd>
        {ledger && (
          <>
            <dt>Ledger</dt>
            <dd title="blocks kept in IndexedDB for this PKI-ID">
              {ledger.persisted} blocks stored{restored > 0 && ` · ${restored} restored at start`}
              {ledger.error && <span className="warn"> · {ledger.error}</span>}
            </dd>
          </>
        )}
      </dl>
    </Panel>
  );
}

/** Long endpoints (rtc:<64 hex>) cut to a readable length; the full one is in the tooltip. */
function shorten(endpoint: string): string {
  return endpoint.length > 36 ? `${endpoint.slice(0, 28)}…` : endpoint;
}
