import { expect, type Page, test } from '@playwright/test';
import { Tab, withName } from '../support/tabs.js';
import {
  BLOCK_SPREAD_MS,
  baseUrl,
  CATCH_UP_MS,
  CONVERGENCE_MS,
  PRESET,
  SLACK_MS,
} from '../support/timing.js';

const CHANNEL = 'A';
const LAB = 6;
const BLOCKS_UNDER_LOSS = 3;
/** Blocks each side of the partition cuts on its own, one transaction each. */
const BLOCKS_IN_PARTITION = 3;

/** One row of the Lab panel: a peer of this tab, its partition group, height and the leader it follows. */
interface LabPeer {
  pkiId: string;
  main: boolean;
  group: string;
  height: number;
  leader: string;
}

function labPeers(page: Page): Promise<LabPeer[]> {
  return page.locator('[data-testid=lab-peer]').evaluateAll((rows) =>
    rows.map((row) => ({
      pkiId: row.getAttribute('data-pki-id') ?? '',
      main: row.getAttribute('data-main') === 'true',
      group: row.getAttribute('data-group') ?? '',
      height: Number(row.getAttribute('data-height') || -1),
      leader: row.getAttribute('data-leader') ?? '',
    })),
  );
}

/** The one leader every given peer follows, or '' while they disagree or some follow none. */
function sharedLeader(peers: readonly LabPeer[]): string {
  const leaders = new Set(peers.map((peer) => peer.leader));
  const [only] = leaders;
  return leaders.size === 1 && only ? only : '';
}

/** The one height every given peer holds, or -1 while they differ. */
function sharedHeight(peers: readonly LabPeer[]): number {
  const heights = new Set(peers.map((peer) => peer.height));
  const [only] = heights;
  return heights.size === 1 && only !== undefined ? only : -1;
}

const counter = (page: Page, name: 'data-lost' | 'data-cut') =>
  page
    .locator('[data-testid=lab-faults]')
    .getAttribute(name)
    .then((value) => Number(value));

/** Shows every panel through one peer of the tab (a click on its row in the Lab table). */
async function view(page: Page, pkiId: string): Promise<void> {
  await page.locator(`[data-testid=lab-peer][data-pki-id="${pkiId}"] button`).click();
  await expect(page.locator('[data-testid=self]')).toHaveAttribute('data-pki-id', pkiId);
}

/** Submits one transaction as the viewed peer and returns its id, as the Controls panel reports it. */
async function submit(tab: Tab, submitter: string, text: string): Promise<string> {
  const last = tab.page.locator('[data-testid=last-tx]');
  const before = (await last.count()) === 0 ? '' : await last.getAttribute('data-tx-id');
  await tab.submitTransaction(CHANNEL, text);
  await expect(last).toHaveAttribute('data-submitter', submitter);
  await expect(last).not.toHaveAttribute('data-tx-id', before ?? '');
  await expect(last).toContainText(text);
  return (await last.getAttribute('data-tx-id')) ?? '';
}

/** One block of the viewed peer's chain, as the Blocks panel lists it. */
interface ChainBlock {
  seq: number;
  hash: string;
  producer: string;
  txIds: string[];
}

function chain(page: Page): Promise<ChainBlock[]> {
  return page.locator(`[data-testid=block-row][data-channel="${CHANNEL}"]`).evaluateAll((rows) =>
    rows
      .map((row) => ({
        seq: Number(row.getAttribute('data-seq')),
        hash: row.getAttribute('data-hash') ?? '',
        producer: row.getAttribute('data-producer') ?? '',
        txIds: (row.getAttribute('data-tx-ids') ?? '').split(' ').filter((id) => id !== ''),
      }))
      .sort((a, b) => a.seq - b.seq),
  );
}

/** The fork counters of the Traffic panel, for the viewed peer. */
async function forkCounts(page: Page): Promise<{ detected: number; resolved: number; rolledBack: number }> {
  const forks = page.locator('[data-testid=forks]');
  const [detected, resolved, rolledBack] = await Promise.all(
    ['data-detected', 'data-resolved', 'data-rolled-back'].map(async (name) =>
      Number(await forks.getAttribute(name)),
    ),
  );
  return { detected: detected ?? 0, resolved: resolved ?? 0, rolledBack: rolledBack ?? 0 };
}

/** The settled forks of the Blocks panel, for the viewed peer. */
function reorgs(page: Page): Promise<{ seq: number; winner: string; removed: number }[]> {
  return page.locator(`[data-testid=reorg-row][data-channel="${CHANNEL}"]`).evaluateAll((rows) =>
    rows.map((row) => ({
      seq: Number(row.getAttribute('data-seq')),
      winner: row.getAttribute('data-winner') ?? '',
      removed: Number(row.getAttribute('data-removed')),
    })),
  );
}

/**
 * What is wrong with the viewed peer's chain against the transactions
 * submitted, or '' when it is whole: seqs 0..height-1 without a gap, every
 * submitted transaction in it exactly once, and nothing else.
 */
function chainProblem(
  blocks: readonly ChainBlock[],
  submitted: readonly string[],
  describe: (txId: string) => string,
): string {
  const gaps = blocks.filter((block, i) => block.seq !== i).map((block) => block.seq);
  if (gaps.length > 0) return `seqs out of place: ${gaps.join(',')}`;
  const inChain = blocks.flatMap((block) => block.txIds);
  const missing = submitted.filter((id) => !inChain.includes(id));
  const extra = inChain.filter((id, i) => !submitted.includes(id) || inChain.indexOf(id) !== i);
  if (missing.length > 0 || extra.length > 0)
    return `height ${blocks.length}, ${inChain.length} txs: missing ${missing.map(describe).join(', ') || 'none'}; extra or twice ${extra.map(describe).join(', ') || 'none'}; blocks ${blocks.map((block) => `#${block.seq} by ${block.producer.slice(0, 8)}: ${block.txIds.map((id) => id.slice(0, 8)).join(',')}`).join(' | ')}`;
  return '';
}

test('9: lab peers keep receiving blocks under loss; a partition forks them, and once healed they agree on one chain with every transaction', async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const tab = await Tab.open(browser, withName(`${baseUrl()}/?lab=${LAB}&channel=${CHANNEL}`, 1), 'tab 1');
  const page = tab.page;
  /** Ids of every transaction submitted, either side, in order. */
  const submitted: string[] = [];
  /** What each id stands for in a failure report: its text and submitter. */
  const described = new Map<string, string>();
  const record = (submitter: string, text: string, txId: string) => {
    submitted.push(txId);
    described.set(txId, `${txId.slice(0, 8)} "${text}" by ${submitter.slice(0, 8)}`);
  };
  try {
    await expect(page.locator('[data-testid=lab-peer]')).toHaveCount(LAB + 1, { timeout: 30_000 });
    await expect
      .poll(async () => sharedLeader(await labPeers(page)), { timeout: CONVERGENCE_MS })
      .not.toBe('');
    const self = await tab.pkiId();

    // 30 % of the frames between the tab's peers are lost: pull makes up for the pushes that vanish.
    await page.locator('[data-testid=lab-loss]').fill('30');
    await expect(page.locator('[data-testid=lab-faults]')).toHaveAttribute('data-loss', '30');
    const start = sharedHeight(await labPeers(page));
    expect(start, 'one height for every peer before the faults').toBeGreaterThanOrEqual(0);
    for (let i = 1; i <= BLOCKS_UNDER_LOSS; i++) {
      const text = `under loss ${i}`;
      record(self, text, await submit(tab, self, text));
      await expect
        .poll(async () => Math.min(...(await labPeers(page)).map((peer) => peer.height)), {
          timeout: BLOCK_SPREAD_MS,
          intervals: [100, 250],
        })
        .toBeGreaterThanOrEqual(start + i);
    }
    expect(await counter(page, 'data-lost'), 'frames the loss setting took').toBeGreaterThan(0);
    await page.locator('[data-testid=lab-loss]').fill('0');
    await expect(page.locator('[data-testid=lab-faults]')).toHaveAttribute('data-loss', '0');

    // The partition: you and the first half in A, the rest in B.
    await page.locator('[data-testid=lab-partition]').click();
    await expect(page.locator('[data-testid=lab-faults]')).toHaveAttribute('data-partitioned', 'true');
    const split = await labPeers(page);
    const groupA = split.filter((peer) => peer.group === 'A').map((peer) => peer.pkiId);
    const groupB = split.filter((peer) => peer.group === 'B').map((peer) => peer.pkiId);
    expect(split.find((peer) => peer.main)?.group).toBe('A');
    expect(groupA.length + groupB.length).toBe(LAB + 1);
    expect(groupB.length).toBeGreaterThan(0);
    await expect(page.locator('[data-testid=topo-node][data-group=B]')).toHaveCount(groupB.length);
    const inGroup = (peers: readonly LabPeer[], ids: readonly string[]) =>
      peers.filter((peer) => ids.includes(peer.pkiId));

    // Cut off from A's leader, B follows a leader of its own side; A keeps one of its own.
    await expect
      .poll(
        async () => {
          const peers = await labPeers(page);
          const leaderA = sharedLeader(inGroup(peers, groupA));
          const leaderB = sharedLeader(inGroup(peers, groupB));
          return groupA.includes(leaderA) && groupB.includes(leaderB);
        },
        { timeout: PRESET.leaderAliveThreshold + PRESET.leaderElectionDuration + CONVERGENCE_MS },
      )
      .toBe(true);
    const stalled = sharedHeight(await labPeers(page));
    expect(stalled, 'one height on both sides when the partition starts').toBeGreaterThanOrEqual(
      start + BLOCKS_UNDER_LOSS,
    );

    // Each side's transactions reach only its own leader: both sides cut blocks from `stalled` up, a fork.
    // Submitted from a lab peer of B, and alternately from a lab peer of A and this tab's own peer.
    const submitterB = groupB[0] ?? '';
    const submittersA = [groupA.find((id) => id !== self) ?? self, self];
    for (let i = 1; i <= BLOCKS_IN_PARTITION; i++) {
      await view(page, submitterB);
      const textB = `side B ${i}`;
      record(submitterB, textB, await submit(tab, submitterB, textB));
      await expect
        .poll(async () => sharedHeight(inGroup(await labPeers(page), groupB)), {
          timeout: BLOCK_SPREAD_MS,
          intervals: [100, 250],
        })
        .toBeGreaterThanOrEqual(stalled + i);
      const submitterA = submittersA[i % 2] ?? self;
      await view(page, submitterA);
      const textA = `side A ${i}`;
      record(submitterA, textA, await submit(tab, submitterA, textA));
      await expect
        .poll(async () => sharedHeight(inGroup(await labPeers(page), groupA)), {
          timeout: BLOCK_SPREAD_MS,
          intervals: [100, 250],
        })
        .toBeGreaterThanOrEqual(stalled + i);
    }
    // Both sides have had a pull round and a block timeout to get the other's blocks, and did not.
    await page.waitForTimeout(PRESET.pullInterval + PRESET.blockTimeout + SLACK_MS / 4);
    const partitioned = await labPeers(page);
    expect(
      partitioned.map((peer) => peer.height),
      'heights during the partition: each side cut its own blocks',
    ).toEqual(partitioned.map(() => stalled + BLOCKS_IN_PARTITION));
    const leaderA = sharedLeader(inGroup(partitioned, groupA));
    const leaderB = sharedLeader(inGroup(partitioned, groupB));
    expect(groupA.includes(leaderA) && groupB.includes(leaderB), 'each side follows its own leader').toBe(
      true,
    );
    expect(await counter(page, 'data-cut'), 'frames the partition stopped').toBeGreaterThan(0);

    // The block each side holds at the fork point: different blocks by different producers.
    await view(page, submitterB);
    const forkB = (await chain(page)).find((block) => block.seq === stalled);
    await view(page, self);
    const forkA = (await chain(page)).find((block) => block.seq === stalled);
    expect(forkA && forkB && forkA.hash !== forkB.hash, `two blocks at #${stalled}`).toBe(true);
    if (!forkA || !forkB) return;
    expect(forkA.producer).not.toBe(forkB.producer);
    // The rule: the lower producer PKI-ID (hex, so string order is byte order) wins at the fork point.
    const [winner, losers] = forkA.producer < forkB.producer ? [forkA, groupB] : [forkB, groupA];

    test.info().annotations.push({
      type: 'fork',
      description: `at #${stalled}: side ${losers === groupA ? 'B' : 'A'} won (producer ${winner.producer.slice(0, 8)})`,
    });
    await page.screenshot({ path: test.info().outputPath('lab-partitioned.png'), fullPage: true });

    // Healed: the fork is found and settled, and every peer ends on the winning chain under one leader.
    await page.locator('[data-testid=lab-heal]').click();
    await expect(page.locator('[data-testid=lab-faults]')).toHaveAttribute('data-partitioned', 'false');
    await expect(page.locator('[data-testid=topo-node][data-group=B]')).toHaveCount(0);
    await expect
      .poll(
        async () => {
          const peers = await labPeers(page);
          return sharedHeight(peers) >= stalled + BLOCKS_IN_PARTITION && sharedLeader(peers) !== '';
        },
        { timeout: CATCH_UP_MS, intervals: [250, 500] },
      )
      .toBe(true);

    // Every peer of the losing side rolled its branch back: a reorg row at the fork point naming the winner.
    for (const loser of losers) {
      await view(page, loser);
      await expect
        .poll(
          async () =>
            (await reorgs(page)).some(
              (reorg) => reorg.seq === stalled && reorg.winner === winner.hash && reorg.removed > 0,
            ),
          { timeout: BLOCK_SPREAD_MS, intervals: [250, 500] },
        )
        .toBe(true);
      await expect(page.locator('[data-testid=reorg-row].reorg-row').first()).toBeVisible();
      // The Traffic panel shows the counters as of its last sample (taken once a second).
      await expect
        .poll(
          async () => {
            const { detected, resolved, rolledBack } = await forkCounts(page);
            return Math.min(detected, resolved, rolledBack);
          },
          { message: 'fork counters of a peer of the losing side', timeout: SLACK_MS, intervals: [250] },
        )
        .toBeGreaterThan(0);
    }
    await page.screenshot({ path: test.info().outputPath('lab-reorg.png'), fullPage: true });

    // The losing branch's transactions were cut again: every peer's chain holds the winner at the
    // fork point and every transaction submitted on either side, once.
    for (const peer of await labPeers(page)) {
      await view(page, peer.pkiId);
      await expect
        .poll(
          async () => {
            const blocks = await chain(page);
            if (blocks[stalled]?.hash !== winner.hash) return `not the winner at #${stalled}`;
            return chainProblem(blocks, submitted, (id) => described.get(id) ?? id.slice(0, 8));
          },
          { timeout: CATCH_UP_MS, intervals: [250, 500] },
        )
        .toBe('');
    }
    await expect
      .poll(
        async () => {
          const peers = await labPeers(page);
          return sharedHeight(peers) > stalled + BLOCKS_IN_PARTITION && sharedLeader(peers) !== '';
        },
        { timeout: BLOCK_SPREAD_MS, intervals: [250, 500] },
      )
      .toBe(true);

    await view(page, self);
    await page.screenshot({ path: test.info().outputPath('lab-healed.png'), fullPage: true });
  } catch (error) {
    throw new Error(`${String(error)}\n${await tab.summary(CHANNEL)}\n${await labReport(page)}`);
  } finally {
    await tab.close();
  }
});

/** Every peer of the tab in one line each, with the fork counters of the viewed one, for a failure report. */
async function labReport(page: Page): Promise<string> {
  if (page.isClosed()) return '';
  const peers = await labPeers(page).catch(() => []);
  const short = (id: string) => id.slice(0, 8) || 'none';
  const lines: string[] = [];
  // Each peer seen through its own eyes: its direct links (a group whose peers have no link to one
  // another cannot follow one leader while partitioned), its fork counters and reorgs.
  for (const peer of peers) {
    const seen = await view(page, peer.pkiId)
      .then(async () => {
        const links = await page
          .locator('[data-testid=member-row][data-link=direct]')
          .evaluateAll((rows) => rows.map((row) => (row.getAttribute('data-pki-id') ?? '').slice(0, 8)));
        const counts = await forkCounts(page);
        const rows = await reorgs(page);
        return `links ${links.join(',')}; forks ${JSON.stringify(counts)}; reorgs ${JSON.stringify(rows)}`;
      })
      .catch((error) => `not viewable: ${String(error).split('\n')[0]}`);
    lines.push(
      `  ${short(peer.pkiId)}${peer.main ? ' (you)' : ''} group ${peer.group || '-'} height ${peer.height} leader ${short(peer.leader)}; ${seen}`,
    );
  }
  return ['lab peers:', ...lines].join('\n');
}
