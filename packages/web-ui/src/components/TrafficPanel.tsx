import { MESSAGE_KIND_NAMES, type MessageKind, type Metrics } from '@webgossip/core';
import type { PeerModel } from '../peers/peer-model.js';
import type { Series } from '../peers/traffic-history.js';
import { dropReasonInfo } from '../view/drop-reasons.js';
import { formatBytes, formatCount } from '../view/format.js';
import { Panel } from './Panel.js';
import { Sparkline } from './Sparkline.js';

const IN_COLOUR = '#60a5fa';
const OUT_COLOUR = '#34d399';
const DROP_COLOUR = '#f87171';
const NORMAL_DROP_COLOUR = '#94a3b8';

/** Fabric's message names for the content cases, with what an Empty is for. */
const KIND_NAMES: Record<MessageKind, string> = { ...MESSAGE_KIND_NAMES, empty: 'Empty (ping)' };

const last = (series: Series | undefined) => series?.[series.length - 1] ?? 0;

/** Messages in and out per kind and drops per reason over the last minute. */
export function TrafficPanel({ model }: { model: PeerModel }) {
  const traffic = model.traffic;
  const totals = traffic.totals;
  const kinds = [...new Set([...traffic.in.keys(), ...traffic.out.keys()])].sort(
    (a, b) =>
      (totals.messagesIn[b] ?? 0) +
      (totals.messagesOut[b] ?? 0) -
      (totals.messagesIn[a] ?? 0) -
      (totals.messagesOut[a] ?? 0),
  );
  const drops = [...traffic.dropped.keys()].sort(
    (a, b) => (totals.dropped[b] ?? 0) - (totals.dropped[a] ?? 0),
  );
  return (
    <Panel title="Traffic" area="traffic" aside="last 60 s · per second">
      <div
        className="traffic-bytes"
        data-testid="traffic-rate"
        data-in-bps={last(traffic.bytesIn)}
        data-out-bps={last(traffic.bytesOut)}
      >
        <div>
          <span className="legend" style={{ color: IN_COLOUR }}>
            in {formatBytes(last(traffic.bytesIn))}/s
          </span>
          <Sparkline values={traffic.bytesIn} colour={IN_COLOUR} width={150} height={28} />
          <span className="muted small">total {formatBytes(totals.bytesIn)}</span>
        </div>
        <div>
          <span className="legend" style={{ color: OUT_COLOUR }}>
            out {formatBytes(last(traffic.bytesOut))}/s
          </span>
          <Sparkline values={traffic.bytesOut} colour={OUT_COLOUR} width={150} height={28} />
          <span className="muted small">total {formatBytes(totals.bytesOut)}</span>
        </div>
      </div>
      <table className="grid-table traffic-table">
        <thead>
          <tr>
            <th>Message</th>
            <th>In</th>
            <th className="num">total</th>
            <th>Out</th>
            <th className="num">total</th>
          </tr>
        </thead>
        <tbody>
          {kinds.map((kind) => (
            <tr key={kind} data-testid="traffic-kind" data-kind={kind}>
              <td title={kind}>{KIND_NAMES[kind]}</td>
              <td>
                <Sparkline values={traffic.in.get(kind) ?? []} colour={IN_COLOUR} width={64} height={18} />
              </td>
              <td className="num">{formatCount(totals.messagesIn[kind] ?? 0)}</td>
              <td>
                <Sparkline values={traffic.out.get(kind) ?? []} colour={OUT_COLOUR} width={64} height={18} />
              </td>
              <td className="num">{formatCount(totals.messagesOut[kind] ?? 0)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ForkCounts forks={totals.forks} />
      <h3 className="sub-head">Dropped</h3>
      {drops.length === 0 ? (
        <p className="empty small">Nothing dropped.</p>
      ) : (
        <table className="grid-table traffic-table">
          <tbody>
            {drops.map((reason) => {
              const info = dropReasonInfo(reason);
              return (
                <tr
                  key={reason}
                  data-testid="drop-reason"
                  data-reason={reason}
                  data-severity={info.severity}
                  className={`drop-${info.severity}`}
                  title={`${info.severity === 'normal' ? 'normal protocol behaviour' : 'alarm'}: ${info.meaning}`}
                >
                  <td>
                    {reason}
                    <span className="drop-severity">{info.severity === 'normal' ? 'normal' : 'alarm'}</span>
                  </td>
                  <td>
                    <Sparkline
                      values={traffic.dropped.get(reason) ?? []}
                      colour={info.severity === 'normal' ? NORMAL_DROP_COLOUR : DROP_COLOUR}
                      width={120}
                      height={18}
                    />
                  </td>
                  <td className="num">{formatCount(totals.dropped[reason] ?? 0)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </Panel>
  );
}

/** Forks this peer detected and settled, and how many of its own blocks lost and were rolled back. */
function ForkCounts({ forks }: { forks: Metrics['forks'] | undefined }) {
  const { detected = 0, resolved = 0, blocksRolledBack = 0 } = forks ?? {};
  return (
    <p
      className={detected > 0 ? 'fork-counts seen' : 'fork-counts'}
      data-testid="forks"
      data-detected={detected}
      data-resolved={resolved}
      data-rolled-back={blocksRolledBack}
      title="competing blocks for one seq; settled by the fork-choice rule; own blocks that lost"
    >
      <span className="sub-head">Forks</span> detected {formatCount(detected)} · resolved{' '}
      {formatCount(resolved)} · blocks rolled back {formatCount(blocksRolledBack)}
    </p>
  );
}
