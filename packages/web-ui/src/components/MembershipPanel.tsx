import type { LinkInfo, NetworkMember, PkiId } from '@webgossip/core';
import { useState } from 'react';
import type { PeerModel } from '../peers/peer-model.js';
import type { Directory } from '../view/directory.js';
import { formatAge, formatMs } from '../view/format.js';
import { Panel } from './Panel.js';
import { PeerBadge } from './PeerBadge.js';

interface MembershipPanelProps {
  model: PeerModel;
  directory: Directory;
  inTab: (pkiId: PkiId) => boolean;
  now: number;
}

const DEATH_REASONS = {
  expired: 'no AliveMessage of it within aliveExpirationTimeout',
  reported: "another peer's MembershipResponse lists it as dead; never heard alive here",
};

interface Row {
  member: NetworkMember;
  state: 'alive' | 'dead';
  link: LinkInfo | undefined;
}

/**
 * Every peer the viewed peer knows, alive first, with its direct link if it
 * has one. Dead peers pile up as tabs close and reload, so their rows are
 * collapsed behind one line with their count until asked for (they stay in
 * the DOM, hidden, for the tests' contract).
 */
export function MembershipPanel({ model, directory, inTab, now }: MembershipPanelProps) {
  const [showDead, setShowDead] = useState(false);
  const rows = membershipRows(model, directory);
  const alive = rows.filter((row) => row.state === 'alive').length;
  const dead = rows.length - alive;
  return (
    <Panel title="Membership" area="membership" aside={`${alive} alive · ${rows.length - alive} dead`}>
      {rows.length === 0 ? (
        <p className="empty">{model.stopped ? 'This peer is stopped.' : 'No other peer known yet.'}</p>
      ) : (
        <table className="grid-table member-table">
          <thead>
            <tr>
              <th>Peer</th>
              <th>State</th>
              <th title="when its last AliveMessage reached this peer (alive peers: now)">Heard</th>
              <th>Link</th>
              <th className="num">RTT</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ member, state, link }) => {
              const death = state === 'dead' ? model.deaths.get(member.pkiId) : undefined;
              const seen = state === 'dead' ? death?.lastAliveAt : model.lastHeard.get(member.pkiId);
              return (
                <tr
                  key={member.pkiId}
                  hidden={state === 'dead' && !showDead}
                  data-testid="member-row"
                  data-pki-id={member.pkiId}
                  data-state={state}
                  data-link={link ? 'direct' : 'none'}
                  data-dead-reason={death?.reason}
                  data-last-alive-ms={death?.lastAliveAt}
                >
                  <td>
                    <PeerBadge
                      pkiId={member.pkiId}
                      name={directory.name(member.pkiId)}
                      faded={state === 'dead'}
                    />
                    {directory.isBootstrap(member.pkiId) && <span className="tag">server</span>}
                    {inTab(member.pkiId) && <span className="tag">this tab</span>}
                  </td>
                  <td>
                    <span
                      className={`pill pill-${state}`}
                      title={death ? DEATH_REASONS[death.reason] : undefined}
                    >
                      {state}
                    </span>
                    {death && (
                      <span className="muted small">
                        {' '}
                        {death.reason === 'expired' ? 'silent' : 'reported'}
                      </span>
                    )}
                  </td>
                  <td
                    className="muted"
                    title={state === 'dead' ? 'when its last AliveMessage reached this peer' : undefined}
                  >
                    {seen === undefined ? '—' : formatAge(now - seen)}
                  </td>
                  <td>{link ? <span className="link-on">direct</span> : <span className="muted">—</span>}</td>
                  <td className="num">{link?.rttMs === undefined ? '—' : formatMs(link.rttMs)}</td>
                </tr>
              );
            })}
            {dead > 0 && (
              <tr className="dead-toggle-row">
                <td colSpan={5}>
                  <button
                    type="button"
                    className="ghost small"
                    data-testid="dead-toggle"
                    data-count={dead}
                    data-open={showDead}
                    aria-expanded={showDead}
                    onClick={() => setShowDead(!showDead)}
                  >
                    {showDead ? `hide the ${dead} dead` : `${dead} dead · show`}
                  </button>
                </td>
              </tr>
            )}
          </tbody>
        </table>
      )}
    </Panel>
  );
}

function membershipRows(model: PeerModel, directory: Directory): Row[] {
  if (model.stopped) return [];
  const links = new Map(model.gossip.links().map((link) => [link.pkiId, link]));
  const byName = (a: Row, b: Row) =>
    (directory.name(a.member.pkiId) || '~').localeCompare(directory.name(b.member.pkiId) || '~') ||
    a.member.pkiId.localeCompare(b.member.pkiId);
  const alive = model.gossip
    .peers()
    .map((member): Row => ({ member, state: 'alive', link: links.get(member.pkiId) }));
  const dead = model.gossip
    .deadPeers()
    .map((member): Row => ({ member, state: 'dead', link: links.get(member.pkiId) }));
  return [...alive.sort(byName), ...dead.sort(byName)];
}
