import type { BlockInfo, PkiId } from '@webgossip/core';
import type { TransactionSummary } from '../peers/block-transactions.js';
import type { ForkSighting, Reorg } from '../peers/fork-history.js';
import type { PeerModel } from '../peers/peer-model.js';
import type { Directory } from '../view/directory.js';
import { formatBytes, formatMs } from '../view/format.js';
import { Panel } from './Panel.js';
import { PeerBadge } from './PeerBadge.js';

const SHOWN = 150;
const COLUMNS = 10;

/** Hex hashes are shown by their first 8 characters, as git shows commits. */
const short = (hash: string) => hash.slice(0, 8) || '—';

type Row =
  | { kind: 'block'; atMs: number; block: BlockInfo }
  | { kind: 'reorg'; atMs: number; reorg: Reorg }
  | { kind: 'fork'; atMs: number; fork: ForkSighting };

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
  const rows: Row[] = [
    ...all.slice(0, SHOWN).map((block): Row => ({ kind: 'block', atMs: block.receivedAtMs, block })),
    ...model.forks.reorgs().map((reorg): Row => ({ kind: 'reorg', atMs: reorg.atMs, reorg })),
    ...model.forks.unresolved().map((fork): Row => ({ kind: 'fork', atMs: fork.atMs, fork })),
  ];
  // A marker goes above the blocks that arrived before it: the newest first, markers first at a tie.
  rows.sort((a, b) => b.atMs - a.atMs || Number(b.kind !== 'block') - Number(a.kind !== 'block'));
  const counts: Record<BlockInfo['via'], number> = { push: 0, pull: 0, state: 0, self: 0, restored: 0 };
  for (const block of all) counts[block.via]++;
  const shares = (Object.keys(counts) as BlockInfo['via'][]).filter((via) => counts[via] > 0);
  const reorgs = model.forks.reorgs().filter((reorg) => reorg.removed.length > 0).length;
  const aside = [
    `${all.length} blocks`,
    ...shares.map((via) => `${via} ${counts[via]}`),
    ...(reorgs > 0 ? [`${reorgs} reorg${reorgs === 1 ? '' : 's'}`] : []),
  ].join(' · ');
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
                <th>Hash</th>
                <th>Producer</th>
                <th>Transactions</th>
                <th className="num">Size</th>
                <th>Arrived via</th>
                <th>From</th>
                <th className="num">Latency</th>
                <th className="num">Received</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                if (row.kind === 'reorg')
                  return (
                    <ReorgRow
                      key={`reorg/${row.reorg.channel}/${row.reorg.seq}/${row.reorg.winner}/${row.atMs}`}
                      reorg={row.reorg}
                      name={directory.name}
                    />
                  );
                if (row.kind === 'fork')
                  return (
                    <ForkRow
                      key={`fork/${row.fork.channel}/${row.fork.seq}/${row.fork.theirs}`}
                      fork={row.fork}
                      name={directory.name(row.fork.from)}
                    />
                  );
                const block = row.block;
                return (
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
                    data-hash={block.hash}
                    data-tx-ids={block.txIds.join(' ')}
                  >
                    <td>#{block.channel}</td>
                    <td className="num strong">{block.seq}</td>
                    <td
                      className="mono muted"
                      title={`hash ${block.hash}\nparent ${block.previousHash || '(none)'}`}
                    >
                      {short(block.hash)}
                    </td>
                    <td>
                      <PeerBadge pkiId={block.producer} name={directory.name(block.producer)} />
                    </td>
                    <TransactionsCell
                      count={block.transactions}
                      txIds={block.txIds}
                      transactions={model.transactions.get(block.hash)}
                      directory={directory}
                    />
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
                    {block.via === 'restored' ? (
                      <td className="num muted" title="read back from this peer's ledger: it did not travel">
                        —
                      </td>
                    ) : (
                      <td
                        className="num"
                        title="from the block's creation by its producer to its arrival here"
                      >
                        {formatMs(block.receivedAtMs - block.createdAtMs)}
                      </td>
                    )}
                    <td className="num muted">{new Date(block.receivedAtMs).toLocaleTimeString()}</td>
                  </tr>
                );
              })}
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

/** A settled fork: where, which block won, and this peer's blocks it replaced, struck out. */
function ReorgRow({ reorg, name }: { reorg: Reorg; name: (id: PkiId) => string }) {
  const n = reorg.removed.length;
  return (
    <tr
      className={n > 0 ? 'reorg-row' : 'reorg-won'}
      data-testid="reorg-row"
      data-channel={reorg.channel}
      data-seq={reorg.seq}
      data-winner={reorg.winner}
      data-removed={n}
    >
      <td colSpan={COLUMNS}>
        <strong>
          {n > 0
            ? `reorg at #${reorg.seq}: ${n} block${n === 1 ? '' : 's'} replaced`
            : `fork at #${reorg.seq} settled: this peer's branch won`}
        </strong>{' '}
        <span className="muted">
          #{reorg.channel} · winner <span className="mono">{short(reorg.winner)}</span>
          {n > 0 && ' · removed '}
        </span>
        {reorg.removed.map((block) => (
          <s
            key={block.hash}
            className="mono removed-block"
            title={`${block.transactions} txs, produced by ${name(block.producer) || block.producer}`}
          >
            #{block.seq} {short(block.hash)}
          </s>
        ))}{' '}
        <span className="muted">· {new Date(reorg.atMs).toLocaleTimeString()}</span>
      </td>
    </tr>
  );
}

/** A competing block for a seq this peer holds, not settled yet. */
function ForkRow({ fork, name }: { fork: ForkSighting; name: string }) {
  return (
    <tr
      className="fork-row"
      data-testid="fork-row"
      data-channel={fork.channel}
      data-seq={fork.seq}
      data-from={fork.from}
    >
      <td colSpan={COLUMNS}>
        <strong>fork seen at #{fork.seq}</strong>{' '}
        <span className="muted">
          #{fork.channel} · ours <span className="mono">{short(fork.ours)}</span> · theirs{' '}
          <span className="mono">{short(fork.theirs)}</span> from {name || fork.from.slice(0, 8)} ·{' '}
          {new Date(fork.atMs).toLocaleTimeString()}
        </span>
      </td>
    </tr>
  );
}

/** How many transactions a block holds, the first one's text and its submitter; all of them in the tooltip. */
function TransactionsCell({
  count,
  txIds,
  transactions,
  directory,
}: {
  count: number;
  txIds: readonly string[];
  transactions: readonly TransactionSummary[] | undefined;
  directory: Directory;
}) {
  const first = transactions?.[0];
  const title = transactions
    ? transactions
        .map(
          (tx, i) =>
            `${txIds[i] ?? ''}  ${directory.name(tx.submitter) || tx.submitter.slice(0, 8)}: ${tx.text}`,
        )
        .join('\n')
    : txIds.join('\n');
  return (
    <td
      className="tx-cell"
      title={title}
      data-testid="block-txs"
      data-first-text={first?.text}
      data-first-submitter={first?.submitter}
    >
      <span className="num strong">{count}</span>
      {first && (
        <>
          {' '}
          <span className="tx-text">
            “{first.text.length > 32 ? `${first.text.slice(0, 31)}…` : first.text}”
          </span>{' '}
          <PeerBadge pkiId={first.submitter} name={directory.name(first.submitter)} />
          {count > 1 && <span className="muted"> +{count - 1}</span>}
        </>
      )}
    </td>
  );
}
