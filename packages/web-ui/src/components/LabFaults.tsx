import type { ChannelId, PkiId } from '@webgossip/core';
import { useState } from 'react';
import type { TabSession } from '../boot/tab-session.js';
import type { PeerModel } from '../peers/peer-model.js';
import { PeerBadge } from './PeerBadge.js';

const MAX_LOSS_PERCENT = 50;
const MAX_LATENCY_MS = 1000;

/**
 * Loss, latency and a partition on the links between this tab's peers, and
 * what each of them holds meanwhile: its group, its height and the leader it
 * follows, so pull, state transfer, forks and their healing can be watched.
 */
export function LabFaults({ session, name }: { session: TabSession; name: (id: PkiId) => string }) {
  const faults = session.faults;
  const { loss, latencyMs } = faults.settings;
  const lossPercent = Math.round(loss * 100);
  return (
    <div
      className="lab-faults stack"
      data-testid="lab-faults"
      data-loss={lossPercent}
      data-latency-ms={latencyMs}
      data-partitioned={faults.partitioned}
      data-lost={faults.stats.lost}
      data-cut={faults.stats.cut}
    >
      <h3 className="sub-head">Faults between this tab's peers</h3>
      <Slider
        label="Loss"
        testId="lab-loss"
        max={MAX_LOSS_PERCENT}
        step={5}
        value={lossPercent}
        unit="%"
        onChange={(percent) => session.configureLab({ loss: percent / 100 })}
      />
      <Slider
        label="Latency"
        testId="lab-latency"
        max={MAX_LATENCY_MS}
        step={25}
        value={latencyMs}
        unit="ms"
        onChange={(ms) => session.configureLab({ latencyMs: ms })}
      />
      <div className="inline-form">
        <button
          type="button"
          data-testid="lab-partition"
          onClick={() => session.partitionLab()}
          disabled={faults.partitioned}
        >
          Partition into A | B
        </button>
        <button
          type="button"
          className="ghost"
          data-testid="lab-heal"
          onClick={() => session.healLab()}
          disabled={!faults.partitioned}
        >
          Heal
        </button>
      </div>
      <p className="muted small">
        Every frame one peer of this tab sends another is lost or delayed as set here;{' '}
        {faults.partitioned
          ? 'frames between groups A and B are dropped. Links to the server and to other tabs are untouched, so the server still relays membership across the cut.'
          : 'a partition puts you and the first half of the lab peers in group A, the rest in B. Links to the server and other tabs are untouched.'}{' '}
        <span data-testid="lab-dropped">
          Taken so far: {faults.stats.lost} lost, {faults.stats.cut} cut.
        </span>
      </p>
      <LabPeerTable session={session} name={name} />
    </div>
  );
}

/** One row per peer of this tab: group, height in a channel and the leader it sees there. */
function LabPeerTable({ session, name }: { session: TabSession; name: (id: PkiId) => string }) {
  const models = session.peers.all();
  const channels = [...new Set(models.flatMap((model) => (model.stopped ? [] : model.gossip.channels())))];
  const [picked, setPicked] = useState<ChannelId | undefined>(undefined);
  const channel = picked && channels.includes(picked) ? picked : channels[0];
  const viewed = session.peers.current()?.pkiId;
  if (channel === undefined) return <p className="empty small">The tab's peers are in no channel.</p>;
  return (
    <>
      {channels.length > 1 && (
        <label className="field compact">
          <span>Channel</span>
          <select
            data-testid="lab-channel"
            value={channel}
            onChange={(event) => setPicked(event.target.value as ChannelId)}
          >
            {channels.map((c) => (
              <option key={c} value={c}>
                #{c}
              </option>
            ))}
          </select>
        </label>
      )}
      <table className="grid-table lab-peers" data-testid="lab-peers" data-channel={channel}>
        <thead>
          <tr>
            <th>Peer</th>
            <th>Group</th>
            <th className="num">#{channel}</th>
            <th title="the channel's leader as this peer sees it">Leader</th>
          </tr>
        </thead>
        <tbody>
          {models.map((model) => (
            <LabPeerRow
              key={model.pkiId}
              model={model}
              channel={channel}
              group={session.groupOf(model.pkiId)}
              name={name}
              selected={model.pkiId === viewed}
              onSelect={() => session.peers.view(model.pkiId)}
            />
          ))}
        </tbody>
      </table>
    </>
  );
}

interface LabPeerRowProps {
  model: PeerModel;
  channel: ChannelId;
  group: string | undefined;
  name: (id: PkiId) => string;
  selected: boolean;
  onSelect: () => void;
}

function LabPeerRow({ model, channel, group, name, selected, onSelect }: LabPeerRowProps) {
  const member = !model.stopped && model.gossip.channels().includes(channel);
  const height = member ? model.gossip.ledgerHeight(channel) : undefined;
  const leader = member ? model.gossip.leaderOf(channel) : undefined;
  return (
    <tr
      data-testid="lab-peer"
      data-pki-id={model.pkiId}
      data-main={model.main}
      data-group={group ?? ''}
      data-height={height ?? ''}
      data-leader={leader ?? ''}
      className={selected ? 'lab-peer-selected' : undefined}
    >
      <td>
        <button
          type="button"
          className="link-button"
          onClick={onSelect}
          title="view the dashboard as this peer"
        >
          <PeerBadge
            pkiId={model.pkiId}
            name={model.main ? `${name(model.pkiId)} (you)` : name(model.pkiId)}
            faded={model.stopped}
          />
        </button>
      </td>
      <td>
        {group ? (
          <span className={`group-chip group-${group}`}>{group}</span>
        ) : (
          <span className="muted">—</span>
        )}
      </td>
      <td className="num strong">{height ?? '—'}</td>
      <td>
        {leader ? <PeerBadge pkiId={leader} name={name(leader)} /> : <span className="muted">none</span>}
      </td>
    </tr>
  );
}

/** One lab knob: a range from 0 to `max` with its value shown beside it. */
function Slider(props: {
  label: string;
  testId: string;
  max: number;
  step: number;
  value: number;
  unit: string;
  onChange(value: number): void;
}) {
  return (
    <label className="field slider">
      <span>{props.label}</span>
      <input
        type="range"
        data-testid={props.testId}
        min={0}
        max={props.max}
        step={props.step}
        value={props.value}
        onChange={(event) => props.onChange(Number(event.target.value))}
      />
      <output className="num">
        {props.value} {props.unit}
      </output>
    </label>
  );
}
