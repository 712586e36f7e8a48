import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { MachineInfo } from '../harness/resources.js';
import type { SimResult } from '../harness/sim-result.js';
import type { PresetChoice } from '../scenario/scenario.js';
import type { BenchKind } from './matrix.js';

/** One benchmark result as written to bench/results/<id>.json. */
export interface BenchRecord {
  id: string;
  /** Absent in records written before membership-only runs existed: dissemination. */
  kind?: BenchKind;
  mode: 'full' | 'quick';
  peers: number;
  loss: number;
  preset: PresetChoice;
  machine: MachineInfo;
  result: SimResult;
}

export async function writeRecord(dir: string, record: BenchRecord): Promise<string> {
  await mkdir(dir, { recursive: true });
  const path = join(dir, `${record.id}.json`);
  await writeFile(path, `${JSON.stringify(record, null, 2)}\n`);
  return path;
}

/** Every record in `dir` (files that are not records are skipped). */
export async function readRecords(dir: string): Promise<BenchRecord[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const records: BenchRecord[] = [];
  for (const name of names.filter((n) => n.endsWith('.json')).sort()) {
    const value: unknown = JSON.parse(await readFile(join(dir, name), 'utf8'));
    if (isRecord(value)) records.push(value);
  }
  return records;
}

function isRecord(value: unknown): value is BenchRecord {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<BenchRecord>;
  return typeof v.id === 'string' && typeof v.peers === 'number' && typeof v.result === 'object';
}

/** Whether a record is a dissemination run (the matrix), not a membership-only run. */
export function isDissemination(record: BenchRecord): boolean {
  return (record.kind ?? 'dissemination') === 'dissemination';
}
