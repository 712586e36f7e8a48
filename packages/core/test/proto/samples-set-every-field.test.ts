import { fileURLToPath } from 'node:url';
import protobuf from 'protobufjs';
import { expect, it } from 'vitest';
import { CONTENT_CASES } from '../../src/proto/index.js';
import { block, blockData, blockHeader, sampleMessage, secret } from './sample-messages.js';

/**
 * Guards the other proto tests: they only prove something about fields the
 * samples set, so every field of every message in the schema must be set in
 * at least one sample, and every content case of the schema must have one.
 */

const SCHEMA = fileURLToPath(new URL('../../../../protos/gossip/message.proto', import.meta.url));
const root = protobuf.loadSync(SCHEMA);

function visit(type: protobuf.Type, value: object, seen: Set<string>): void {
  for (const field of type.fieldsArray) {
    const fieldValue = (value as Record<string, unknown>)[field.name];
    if (fieldValue === undefined || fieldValue === null) continue;
    seen.add(`${type.name}.${field.name}`);
    const nested = field.resolve().resolvedType;
    if (!(nested instanceof protobuf.Type)) continue;
    const items = Array.isArray(fieldValue) ? fieldValue : [fieldValue];
    for (const item of items) visit(nested, item as object, seen);
  }
}

function allFields(namespace: protobuf.NamespaceBase): string[] {
  const out: string[] = [];
  for (const nested of namespace.nestedArray) {
    if (nested instanceof protobuf.Type)
      out.push(...nested.fieldsArray.map((f) => `${nested.name}.${f.name}`));
    if (nested instanceof protobuf.Namespace) out.push(...allFields(nested));
  }
  return out;
}

it('the samples set every field of every message in protos/gossip/message.proto', () => {
  const seen = new Set<string>();
  const type = (name: string) => root.lookupType(`gossip.${name}`);
  for (const kind of CONTENT_CASES) visit(type('GossipMessage'), sampleMessage(kind), seen);
  visit(type('Block'), block, seen);
  visit(type('BlockHeader'), blockHeader, seen);
  visit(type('BlockData'), blockData, seen);
  visit(type('Secret'), secret, seen);

  const fields = allFields(root.lookup('gossip') as protobuf.Namespace);
  expect(fields.length).toBeGreaterThan(90);
  expect(fields.filter((f) => !seen.has(f))).toEqual([]);
});

it('CONTENT_CASES lists exactly the content oneof of the schema, in field-number order', () => {
  const content = root.lookupType('gossip.GossipMessage').oneofs.content;
  const schemaCases = (content?.fieldsArray ?? []).slice().sort((a, b) => a.id - b.id);
  expect([...CONTENT_CASES]).toEqual(schemaCases.map((f) => f.name));
});
