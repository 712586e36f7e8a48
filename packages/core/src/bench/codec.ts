/// <reference types="node" />
/**
 * `npm run bench:codec`: how many frames per second one Node core can encode
 * and decode (the path every gossip message takes), and how many Ed25519
 * signatures it can make and check, portable and Node-native. Each row runs
 * for about a second after a short warm-up; the figures are printed, never
 * asserted, because they depend on the machine.
 */
import { decodeFrame } from '../comm/frame.js';
import { createEd25519Crypto, type MessageCryptoService } from '../crypto/index.js';
import { createNodeEd25519Crypto } from '../node.js';
import { encodeEnvelope, type GossipMessage, gossip, seal, u64 } from '../proto/index.js';

const WARM_UP_MS = 250;
const MEASURE_MS = 1000;
/** Calls between clock reads, so reading the clock stays a small share of fast operations. */
const BATCH = 8;

interface Row {
  operation: string;
  bytes: number;
  opsPerSecond: number;
  /** Whether bytes × rate is a meaningful throughput (codec rows, not signatures). */
  throughput: boolean;
}

/** Runs `op` repeatedly for about `MEASURE_MS` after a warm-up and returns calls per second. */
function rate(op: () => void): number {
  const clock = globalThis.performance;
  const warmEnd = clock.now() + WARM_UP_MS;
  while (clock.now() < warmEnd) op();
  let calls = 0;
  const start = clock.now();
  let elapsed = 0;
  while (elapsed < MEASURE_MS) {
    for (let i = 0; i < BATCH; i++) op();
    calls += BATCH;
    elapsed = clock.now() - start;
  }
  return (calls * 1000) / elapsed;
}

const filled = (length: number, seed: number) =>
  Uint8Array.from({ length }, (_, i) => (i * 31 + seed) & 0xff);

/** A heartbeat as discovery sends it: about 200 bytes once enveloped and signed. */
function aliveMessage(): GossipMessage {
  return {
    nonce: u64((1n << 64n) - 1n),
    tag: gossip.GossipMessage.Tag.EMPTY,
    aliveMsg: {
      membership: { endpoint: 'peer-3f2a9c1b.webgossip.local', pkiId: filled(32, 1) },
      timestamp: { incNum: u64(1_700_000_000_000_000_000n), seqNum: u64(4_321n) },
      identity: filled(32, 2),
    },
  };
}

/** A block as the leader pushes it: a 64 KiB payload. */
function blockMessage(): GossipMessage {
  return {
    nonce: u64(1n << 63n),
    channel: new TextEncoder().encode('mychannel'),
    tag: gossip.GossipMessage.Tag.CHAN_AND_ORG,
    dataMsg: { payload: { seqNum: u64(42n), data: filled(64 * 1024, 3) } },
  };
}

/** One frame out and back in: encode message and envelope, then the receiver's guarded decode. */
function codecRow(name: string, message: GossipMessage, signature: Uint8Array): Row {
  const frameBytes = encodeEnvelope(seal(message, () => signature)).length;
  const op = () => {
    const frame = encodeEnvelope(seal(message, () => signature));
    const result = decodeFrame(frame);
    if (!result.ok) throw result.error;
  };
  return { operation: `encode+decode ${name}`, bytes: frameBytes, opsPerSecond: rate(op), throughput: true };
}

function signatureRows(label: string, crypto: MessageCryptoService, payload: Uint8Array): Row[] {
  const signature = crypto.sign(payload);
  const verify = () => {
    if (!crypto.verify(crypto.identity, signature, payload)) throw new Error(`${label}: verify failed`);
  };
  return [
    {
      operation: `Ed25519 sign (${label})`,
      bytes: payload.length,
      opsPerSecond: rate(() => crypto.sign(payload)),
      throughput: false,
    },
    {
      operation: `Ed25519 verify (${label})`,
      bytes: payload.length,
      opsPerSecond: rate(verify),
      throughput: false,
    },
  ];
}

function formatTable(rows: Row[]): string {
  const header = ['operation', 'frame/payload', 'ops/s', 'MB/s'];
  const cells = rows.map((row) => [
    row.operation,
    `${row.bytes.toLocaleString('en-US')} B`,
    Math.round(row.opsPerSecond).toLocaleString('en-US'),
    row.throughput ? ((row.bytes * row.opsPerSecond) / 1e6).toFixed(1) : '',
  ]);
  const widths = header.map((title, col) =>
    Math.max(title.length, ...cells.map((cell) => (cell[col] ?? '').length)),
  );
  const line = (cell: string[]) =>
    cell
      .map((text, col) => (col === 0 ? text.padEnd(widths[col] ?? 0) : text.padStart(widths[col] ?? 0)))
      .join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

function main(): void {
  const signature = filled(64, 9);
  const alive = aliveMessage();
  const alivePayload = gossip.GossipMessage.encode(alive).finish();
  const rows: Row[] = [];
  const run = (make: () => Row | Row[]) => {
    const made = make();
    rows.push(...(Array.isArray(made) ? made : [made]));
  };
  run(() => codecRow('AliveMessage envelope', alive, signature));
  run(() => codecRow('DataMessage envelope (64 KiB)', blockMessage(), signature));
  // Verdicts are not remembered here: every verify below is a real signature check.
  const fresh = { rememberVerdicts: false };
  run(() => signatureRows('portable, noble', createEd25519Crypto(undefined, fresh), alivePayload));
  run(() => signatureRows('Node-native', createNodeEd25519Crypto(undefined, fresh), alivePayload));

  console.log(
    `webgossip codec benchmark: Node ${process.version}, ~${MEASURE_MS} ms per row after warm-up\n`,
  );
  console.log(formatTable(rows));
}

main();
