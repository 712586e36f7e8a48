import { bytesEqual, fromHex, toHex } from '../ids.js';
import { boundedMemory } from '../memo.js';
import type { MessageCryptoService } from './crypto-service.js';
import { recallVerdict, rememberVerdict } from './verification-memo.js';

/** RFC 8032, test 1: a public key, the empty message and its signature. */
const VECTOR = {
  identity: 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a',
  signature:
    'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b',
};

/**
 * The platform's WebCrypto when it verifies Ed25519 (Chromium 137+, Firefox
 * 129+, Safari 17+, Node 20): it accepts RFC 8032's test signature and
 * refuses it with one bit changed. Undefined otherwise.
 */
export async function webCryptoEd25519(
  subtle: SubtleCrypto | undefined = globalThis.crypto?.subtle,
): Promise<SubtleCrypto | undefined> {
  if (!subtle) return undefined;
  try {
    const key = await subtle.importKey(
      'raw',
      bufferOf(fromHex(VECTOR.identity)),
      { name: 'Ed25519' },
      false,
      ['verify'],
    );
    const signature = bufferOf(fromHex(VECTOR.signature));
    const good = await subtle.verify('Ed25519', key, signature, new Uint8Array(0));
    signature[0] = (signature[0] ?? 0) ^ 1;
    const bad = await subtle.verify('Ed25519', key, signature, new Uint8Array(0));
    return good && !bad ? subtle : undefined;
  } catch {
    return undefined;
  }
}

/** Checks under way in this process, so copies of one envelope arriving together are checked once. */
const running = new Map<string, { identity: Uint8Array; payload: Uint8Array; verdict: Promise<boolean> }>();

/**
 * `service` with `verifyAsync` through WebCrypto: a check runs off the
 * page's task (in Chromium about 0.06 ms against 0.5 ms for portable
 * TypeScript) and its verdict goes into the process-wide memory of
 * verdicts, which `service.verify` consults first (createEd25519Crypto and
 * createNativeEd25519Crypto do unless told not to remember), so the
 * engine's synchronous check of the same bytes is then a lookup.
 */
export function withWebCryptoVerify(
  service: MessageCryptoService,
  subtle: SubtleCrypto,
): MessageCryptoService {
  const keys = boundedMemory<Promise<CryptoKey>>(10_000);
  const keyOf = (identity: Uint8Array) =>
    keys(String.fromCharCode(...identity), () =>
      subtle.importKey('raw', bufferOf(identity), { name: 'Ed25519' }, false, ['verify']),
    );
  const check = (
    identity: Uint8Array<ArrayBuffer>,
    signature: Uint8Array<ArrayBuffer>,
    payload: Uint8Array<ArrayBuffer>,
    key: string,
  ) =>
    keyOf(identity)
      .then((cryptoKey) => subtle.verify('Ed25519', cryptoKey, signature, payload))
      .then(
        (ok) => {
          rememberVerdict(identity, signature, payload, ok);
          return ok;
        },
        // An identity WebCrypto will not import is left to the synchronous check, which refuses it.
        () => false,
      )
      .finally(() => running.delete(key));
  return {
    ...service,
    verifyAsync(identity, signature, payload) {
      if (identity.length !== 32 || signature.length !== 64) return false;
      const known = recallVerdict(identity, signature, payload);
      if (known !== undefined) return known;
      const key = toHex(signature);
      const under = running.get(key);
      if (under && bytesEqual(under.identity, identity) && bytesEqual(under.payload, payload))
        return under.verdict;
      // Copies: the bytes may be views into a frame that is reused once this task ends.
      const [id, sig, data] = [
        Uint8Array.from(identity),
        Uint8Array.from(signature),
        Uint8Array.from(payload),
      ];
      const verdict = check(id, sig, data, key);
      running.set(key, { identity: id, payload: data, verdict });
      return verdict;
    },
  };
}

/** A copy on an ArrayBuffer of its own, as WebCrypto takes it. */
function bufferOf(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const copy = new Uint8Array(new ArrayBuffer(bytes.length));
  copy.set(bytes);
  return copy;
}
