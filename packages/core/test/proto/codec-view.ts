import { toHex } from '../../src/ids.js';
import { big, gossip, type WireU64 } from '../../src/proto/index.js';
import { codecName, FABRIC, type View } from './fabric-schema.js';

/** The codec's enums, to name the value a sample meant (not the number it got). */
const CODEC_ENUMS: Record<string, Record<string, string | number>> = {
  Tag: gossip.GossipMessage.Tag,
  PullMsgType: gossip.PullMsgType,
};

function enumName(type: string, value: number): string {
  // Only name → number entries count (a TypeScript enum also maps numbers back to names).
  const entry = Object.entries(CODEC_ENUMS[type] ?? {}).find(([, n]) => n === value);
  return entry ? entry[0] : `?${value}`;
}

/** Fields this project adds to Fabric's messages (numbers ≥ 100), which a Fabric decoder skips as unknown. */
const PROJECT_FIELDS: Record<string, Record<string, number>> = {
  Properties: { headHash: 100 },
};

/** Whether proto3 leaves the value off the wire (a default). */
function isDefault(value: unknown): boolean {
  if (value instanceof Uint8Array || Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object' && value !== null && 'low' in value) return big(value as WireU64) === 0n;
  return value === 0 || value === false || value === '';
}

/**
 * What a Fabric decoder should find in the bytes of `message`: the sample's
 * values under Fabric's field names for `typeName`, shaped like
 * fabricDecode's output. Records each Fabric field it found set in `seen`.
 */
export function codecView(typeName: string, message: object, seen: Set<string>): { [key: string]: View } {
  const record = message as Record<string, unknown>;
  const out: { [key: string]: View } = {};
  for (const field of FABRIC.get(typeName) ?? []) {
    const value = record[codecName(field.name)];
    if (value === undefined || value === null || isDefault(value)) continue;
    seen.add(`${typeName}.${field.name}`);
    const one = (item: unknown): View => {
      if (field.type === 'uint64') return big(item as WireU64);
      if (field.type === 'bytes') return `0x${toHex(item as Uint8Array)}`;
      if (field.type === 'string' || field.type === 'bool') return item as string | boolean;
      if (field.type in CODEC_ENUMS) return enumName(field.type, item as number);
      return codecView(field.type, item as object, seen);
    };
    out[codecName(field.name)] = field.repeated ? (value as unknown[]).map(one) : one(value);
  }
  const unknown = Object.entries(PROJECT_FIELDS[typeName] ?? {})
    .filter(([name]) => record[name] !== undefined && record[name] !== null && !isDefault(record[name]))
    .map(([, number]) => String(number));
  if (unknown.length > 0) out.$unknown = unknown;
  return out;
}

/** Every `Message.field` the Fabric table lists. */
export function allFabricFields(): string[] {
  return [...FABRIC].flatMap(([type, fields]) => fields.map((f) => `${type}.${f.name}`));
}
