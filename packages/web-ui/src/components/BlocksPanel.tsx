import type { BlockInfo } from '@webgossip/core';
import type { PeerModel } from '../peers/peer-model.js';
import type { Directory } from '../view/directory.js';
import { formatBytes, formatMs } from '../view/format.js';
import { Panel } from './Panel.js';
import { PeerBadge } from './PeerBadge.js';

const SHOWN = 150;

interface BlocksPanelProps {
  model: PeerModel;
  directory: Directory;
}

const VIA_HINT: Record<BlockInfo['via'], string> = {
  push: 'pushed to this peer by a gossiping neighbour',
  pull: 'pulled: digest, request, update',
  state: 'state transfer (catch-up beyond the pull window)',
  self: 'cut by this peer as the channel leader',
  restored: "read back from this peer's own ledger (IndexedDB) at start",
};

/** Every block the viewed peer holds, newest first, with how and from whom it came. */
export function BlocksPanel({ model, directory }: BlocksPanelProps) {
  const all = model.knownChannels().flatMap(({ channel }) => model.blocks(channel));
  all.sort((a, b) => b.receivedAtMs - a.receivedAtMs || b.seq - a.seq);
  const rows = all.slice(0, SHOWN);
  const counts: Record<BlockInfo['via'], number> = { push: 0, pull: 0, state: 0, self: 0, restored: 0 };
  for (const block of all) counts[block.via]++;
  const shares = (Object.keys(counts) as BlockInfo['via'][]).filter((via) => counts[via] > 0);
  const aside = [`${all.length} blocks`, ...shares.map((via) => `${via} ${counts[via]}`)].join(' · ');
  return (
    <Panel title="Blocks" area="blocks" aside={aside}>
      {rows.length === 0 ? (
        <p className="empty">
          No blocks yet. Submit a transaction: the channel's leader cuts it into a block.
        </p>
      ) : (
        <div className="scroll">
          <table className="grid-table blocks-table">
            <thead>
              <tr>
                <th>Channel</th>
                <th className="num">Seq</th>
                <th>Producer</th>
                <th className="num">Txs</th>
                <th className="num">Size</th>
                <th>Arrived via</th>
                <th>From</th>
                <th className="num">Latency</th>
                <th className="num">Received</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((block) => (
                <tr
                  key={`${block.channel}/${block.seq}`}
                  data-testid="block-row"
                  data-channel={block.channel}
                  data-seq={block.seq}
                  data-via={block.via}
                  data-from={block.from}
                  data-producer={block.producer}
                  data-created-ms={block.createdAtMs}
                  data-received-ms={block.receivedAtMs}
                >
                  <td>#{block.channel}</td>
                  <td className="num strong">{block.seq}</td>
                  <td>
                    <PeerBadge pkiId={block.producer} name={directory.name(block.producer)} />
                  </td>
                  <td className="num">{block.transactions}</td>
                  <td className="num">{formatBytes(block.size)}</td>
                  <td>
                    <span className={`via via-${block.via}`} title={VIA_HINT[block.via]}>
                      {block.via}
                    </span>
                  </td>
                  <td>
                    {block.from === model.pkiId ? (
                      <span className="muted">—</span>
                    ) : (
                      <PeerBadge pkiId={block.from} name={directory.name(block.from)} />
                    )}
                  </td>
                  <td className="num">{formatMs(block.receivedAtMs - block.createdAtMs)}</td>
                  <td className="num muted">{new Date(block.receivedAtMs).toLocaleTimeString()}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {all.length > SHOWN && (
            <p className="muted small">
              Showing the newest {SHOWN} of {all.length}.
            </p>
          )}
        </div>
      )}
    </Panel>
  );
}
