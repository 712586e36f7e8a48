import {
  type ChannelId,
  channelToBytes,
  createBlock,
  type GossipMessage,
  gossip,
  type MessageCryptoService,
  type PkiId,
  pkiIdToBytes,
  sha256,
  u64,
} from '@webgossip/core';

const encoder = new TextEncoder();

/** A block validly signed by `producer`, as a channel leader would cut it. */
export function validBlock(
  producer: MessageCryptoService,
  channel: ChannelId,
  seq: number,
  note = 'tx',
): Uint8Array {
  return createBlock(producer, {
    channel,
    number: seq,
    transactions: [
      { txId: sha256(encoder.encode(`${note}/${seq}`)).slice(0, 16), data: encoder.encode(note) },
    ],
    previousHash: new Uint8Array(0),
    createdAtMs: 1_700_000_000_000,
  });
}

/** The DataMessage that carries a block, as push and pull send it. */
export function blockMessage(channel: ChannelId, seq: number, bytes: Uint8Array): GossipMessage {
  return {
    channel: channelToBytes(channel),
    tag: gossip.GossipMessage.Tag.CHAN_AND_ORG,
    dataMsg: { payload: { seqNum: u64(BigInt(seq)), data: bytes } },
  };
}

/** One bit of the producer's signature flipped. */
export function flipSignature(bytes: Uint8Array): Uint8Array {
  const block = gossip.Block.decode(bytes);
  const signature = Uint8Array.from(block.signature);
  signature[7] = (signature[7] as number) ^ 0x01;
  return gossip.Block.encode({ ...block, signature }).finish();
}

/** The header changed after signing (a later timestamp), the original signature kept. */
export function alterHeader(bytes: Uint8Array): Uint8Array {
  const block = gossip.Block.decode(bytes);
  const header = gossip.BlockHeader.decode(block.header);
  const altered = gossip.BlockHeader.encode({ ...header, createdAtMs: u64(1_800_000_000_000n) }).finish();
  return gossip.Block.encode({ ...block, header: altered }).finish();
}

/** The transactions swapped after signing: the header (and its signature) untouched. */
export function alterData(bytes: Uint8Array): Uint8Array {
  const block = gossip.Block.decode(bytes);
  const data = gossip.BlockData.encode({
    transactions: [{ txId: new Uint8Array(16).fill(9), data: encoder.encode('pay the attacker') }],
  }).finish();
  return gossip.Block.encode({ ...block, data }).finish();
}

/** A block that names `claimed` as its producer but is signed with `signer`'s key. */
export function impersonated(
  signer: MessageCryptoService,
  claimed: PkiId,
  channel: ChannelId,
  seq: number,
): Uint8Array {
  const genuine = gossip.Block.decode(validBlock(signer, channel, seq, 'impostor'));
  const header = gossip.BlockHeader.decode(genuine.header);
  const forged = gossip.BlockHeader.encode({ ...header, producer: pkiIdToBytes(claimed) }).finish();
  return gossip.Block.encode({ header: forged, data: genuine.data, signature: signer.sign(forged) }).finish();
}
