import { type ChannelId, channelId, type PkiId } from '@webgossip/core';
import { type FormEvent, useState } from 'react';
import { isValidChannelName } from '../boot/params.js';
import type { TabSession } from '../boot/tab-session.js';
import type { PeerModel } from '../peers/peer-model.js';
import type { Directory } from '../view/directory.js';
import { peerColour } from '../view/peer-colour.js';
import { Panel } from './Panel.js';
import { PeerBadge } from './PeerBadge.js';

interface ChannelsPanelProps {
  session: TabSession;
  model: PeerModel;
  directory: Directory;
}

interface Height {
  pkiId: PkiId;
  height: number;
  self: boolean;
}

/** Join and leave channels; per channel its leader and a height bar per member. */
export function ChannelsPanel({ session, model, directory }: ChannelsPanelProps) {
  const [draft, setDraft] = useState('');
  const valid = isValidChannelName(draft.trim());
  const join = (event: FormEvent) => {
    event.preventDefault();
    if (!valid) return;
    session.join(model, channelId(draft.trim()));
    setDraft('');
  };
  const channels = model.knownChannels();
  return (
    <Panel title="Channels" area="channels" aside={`${channels.filter((c) => c.joined).length} joined`}>
      <form className="inline-form" onSubmit={join}>
        <input
          data-testid="channel-input"
          placeholder="channel name"
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          disabled={model.stopped}
          aria-label="channel to join"
        />
        <button type="submit" data-testid="join-channel" disabled={model.stopped || !valid}>
          Join
        </button>
      </form>
      {channels.length === 0 && <p className="empty">Not in any channel. Join one above.</p>}
      {channels.map(({ channel, joined }) =>
        joined ? (
          <JoinedChannel
            key={channel}
            session={session}
            model={model}
            channel={channel}
            directory={directory}
          />
        ) : (
          <div
            key={channel}
            className="channel-card left"
            data-testid="channel"
            data-channel={channel}
            data-joined="false"
          >
            <div className="channel-head">
              <span className="channel-name">#{channel}</span>
              <span className="muted">
                {model.stopped ? 'peer stopped' : 'left'} · {model.blocks(channel).length} blocks kept
              </span>
            </div>
          </div>
        ),
      )}
    </Panel>
  );
}

interface JoinedChannelProps {
  session: TabSession;
  model: PeerModel;
  channel: ChannelId;
  directory: Directory;
}

function JoinedChannel({ session, model, channel, directory }: JoinedChannelProps) {
  const { gossip } = model;
  const leader = gossip.leaderOf(channel);
  const heights: Height[] = [
    { pkiId: model.pkiId, height: gossip.ledgerHeight(channel), self: true },
    ...gossip
      .peersOfChannel(channel)
      .map((member) => ({ pkiId: member.pkiId, height: member.ledgerHeight, self: false })),
  ];
  const max = Math.max(0, ...heights.map((h) => h.height));
  heights.sort(
    (a, b) => b.height - a.height || Number(b.self) - Number(a.self) || a.pkiId.localeCompare(b.pkiId),
  );
  return (
    <div className="channel-card" data-testid="channel" data-channel={channel} data-joined="true">
      <div className="channel-head">
        <span className="channel-name">#{channel}</span>
        <span className="channel-leader">
          leader{' '}
          {leader ? (
            <span data-testid="leader" data-pki-id={leader}>
              <PeerBadge pkiId={leader} name={directory.name(leader)} />
            </span>
          ) : (
            <span className="muted">electing…</span>
          )}
        </span>
        <button
          type="button"
          className="ghost small"
          data-testid="leave-channel"
          onClick={() => session.leave(model, channel)}
        >
          Leave
        </button>
      </div>
      <ul className="heights">
        {heights.map(({ pkiId, height, self }) => (
          <li key={pkiId} data-testid="height" data-pki-id={pkiId} data-height={height}>
            <span className="height-who">
              <PeerBadge pkiId={pkiId} name={self ? 'you' : directory.name(pkiId)} />
            </span>
            <span className="height-bar">
              <span
                className={height < max ? 'height-fill lagging' : 'height-fill'}
                style={{ width: `${max > 0 ? (height / max) * 100 : 0}%`, background: peerColour(pkiId, 58) }}
              />
            </span>
            <span
              className={height < max ? 'height-num lagging' : 'height-num'}
              title={
                self
                  ? 'ledger height: the blocks this peer holds (its newest block is seq height − 1)'
                  : "ledger height as this member's latest StateInfo announces it (its newest block is seq height − 1)"
              }
            >
              {height}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
