/**
 * npm run bench:link — round-trip time and throughput of one link, per
 * transport (memory, WebSocket, WebRTC Node↔Node), each next to the raw
 * socket or data channel under it, measured in the same run. The link rows
 * carry gossip Envelopes (encoded on send, checked by the frame guard on
 * receipt); the raw rows carry the same number of bytes as they are.
 */
import { decodeFrame, encodeEnvelope, seal } from '@webgossip/core';
import {
  memoryLinks,
  type Pipe,
  rawDataChannel,
  rawWebSockets,
  webRtcLinks,
  webSocketLinks,
} from './link-pairs.js';

const ROUND_TRIPS = Number(process.env.BENCH_ROUND_TRIPS ?? 400);
const VOLUME = Number(process.env.BENCH_VOLUME_MIB ?? 16) * 1024 * 1024;
const HIGH_WATER = 1024 * 1024;

interface Row {
  transport: string;
  layer: 'link' | 'raw';
  p50: number;
  p99: number;
  small: number;
  large: number;
}

/** A 64-byte Envelope (an Empty message padded through its nonce and payload), or its raw twin. */
function message(size: number, framed: boolean, seq: number): Uint8Array {
  if (!framed) return new Uint8Array(size);
  const data = new Uint8Array(Math.max(0, size - 16));
  const bytes = encodeEnvelope(seal({ nonce: seq, dataMsg: { payload: { seqNum: seq, data } } }));
  return bytes;
}

function accept(bytes: Uint8Array, framed: boolean): boolean {
  return !framed || decodeFrame(bytes, 4 * 1024 * 1024).ok;
}

async function roundTrips(pipe: Pipe, framed: boolean): Promise<number[]> {
  const ping = message(64, framed, 1);
  pipe.onMessage('b', (bytes) => accept(bytes, framed) && pipe.send('b', bytes));
  const times: number[] = [];
  for (let i = 0; i < ROUND_TRIPS + 20; i++) {
    const started = performance.now();
    await new Promise<void>((resolve) => {
      pipe.onMessage('a', (bytes) => accept(bytes, framed) && resolve());
      pipe.send('a', ping);
    });
    if (i >= 20) times.push(performance.now() - started);
  }
  return times.sort((x, y) => x - y);
}

async function throughput(pipe: Pipe, framed: boolean, size: number): Promise<number> {
  const count = Math.max(8, Math.floor(VOLUME / size));
  const frames = [message(size, framed, 1), message(size, framed, 2)];
  let received = 0;
  const done = new Promise<void>((resolve) =>
    pipe.onMessage('b', (bytes) => {
      if (accept(bytes, framed) && ++received === count) resolve();
    }),
  );
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    while (pipe.buffered('a') > HIGH_WATER) await new Promise((resolve) => setTimeout(resolve, 1));
    pipe.send('a', frames[i % 2] as Uint8Array);
  }
  await done;
  const seconds = (performance.now() - started) / 1000;
  return (count * size) / (1024 * 1024) / seconds;
}

/** A measurement that has no result by then failed: a connection or a frame never came (it says which). */
const MEASURE_DEADLINE_MS = 120_000;

/** Measures one transport and layer, says so on stderr, and fails rather than wait forever. */
async function measured(transport: string, layer: Row['layer'], open: () => Promise<Pipe>): Promise<Row> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${transport} ${layer}: no result within ${MEASURE_DEADLINE_MS / 1000} s`)),
      MEASURE_DEADLINE_MS,
    );
  });
  try {
    const row = await Promise.race([measure(transport, layer, open), late]);
    console.error(
      `[bench:link] ${transport} ${layer}: RTT p50 ${row.p50.toFixed(3)} ms, 256 KiB ${row.large.toFixed(1)} MiB/s`,
    );
    return row;
  } finally {
    clearTimeout(timer);
  }
}

async function measure(transport: string, layer: Row['layer'], open: () => Promise<Pipe>): Promise<Row> {
  const framed = layer === 'link';
  const pipe = await open();
  try {
    const times = await roundTrips(pipe, framed);
    const small = await throughput(pipe, framed, 16 * 1024);
    const large = await throughput(pipe, framed, 256 * 1024);
    const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
    return { transport, layer, p50: at(0.5), p99: at(0.99), small, large };
  } finally {
    await pipe.close();
  }
}

function print(rows: Row[]): void {
  const f = (n: number, digits = 3) => n.toFixed(digits).padStart(9);
  console.log(
    `\nlink benchmark: ${ROUND_TRIPS} round trips of a 64-byte envelope; ${VOLUME / 1048576} MiB per throughput run`,
  );
  console.log('transport  layer   RTT p50 ms  RTT p99 ms  16KiB MiB/s  256KiB MiB/s');
  for (const row of rows) {
    console.log(
      `${row.transport.padEnd(10)} ${row.layer.padEnd(5)} ${f(row.p50)}   ${f(row.p99)}   ${f(row.small, 1)}    ${f(row.large, 1)}`,
    );
  }
  console.log('\nlink / raw in the same run (RTT: above 1 is slower; throughput: below 1 is slower)');
  for (const link of rows.filter((row) => row.layer === 'link')) {
    const raw = rows.find((row) => row.transport === link.transport && row.layer === 'raw');
    if (!raw) continue;
    const r = (a: number, b: number) => (b > 0 ? (a / b).toFixed(2) : 'n/a').padStart(6);
    console.log(
      `${link.transport.padEnd(10)} RTT p50 ×${r(link.p50, raw.p50)}  p99 ×${r(link.p99, raw.p99)}  16KiB ×${r(link.small, raw.small)}  256KiB ×${r(link.large, raw.large)}`,
    );
  }
}

async function main(): Promise<void> {
  const rows: Row[] = [];
  // Memory links have no socket under them: their row shows the cost of framing and the runtime's timers alone.
  rows.push(await measured('memory', 'link', memoryLinks));
  rows.push(await measured('websocket', 'link', webSocketLinks));
  rows.push(await measured('websocket', 'raw', rawWebSockets));
  rows.push(await measured('webrtc', 'link', webRtcLinks));
  rows.push(await measured('webrtc', 'raw', rawDataChannel));
  print(rows);
  process.exit(0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
