import type { PkiId } from '../ids.js';
import type { Timer } from '../runtime/runtime.js';
import type { EngineTimers } from './engine-timers.js';
import type { PullAdapter, PullEngineConfig, PullMessageKind } from './pull-adapter.js';

export interface PullResponderDeps {
  config: PullEngineConfig;
  adapter: PullAdapter;
  timers: EngineTimers;
  /** The items the engine holds. */
  items: ReadonlySet<string>;
  /** How many times an advert's items may be asked again of it (ADVERT_RETRIES). */
  advertRetries: number;
  freshNonce(): bigint;
  reject(from: PkiId, kind: PullMessageKind): false;
}

/**
 * The responder's side of the pull protocol: a Hello makes its nonce live
 * for that peer for `requestWaitTime` and is answered with a Digest of our
 * items (after filterEgress); a Request is answered once with the items we
 * have, only while its nonce is live for its sender. An advert (lazy push)
 * is a Digest sent unprompted under a nonce made live as if a Hello had
 * come, for requestWaitTime plus advertRetries × responseWaitTime, so the
 * later requests of peers that take it as a second source are served too.
 */
export class PullResponder {
  /** Live incoming nonces by `${peer}/${nonce}`, each with its expiry timer. */
  private readonly incoming = new Map<string, Timer>();

  constructor(private readonly deps: PullResponderDeps) {}

  /** Offers those of `items` we hold to `to`, unprompted. */
  advertise(to: PkiId, items: readonly string[]): void {
    const offered = this.egress(
      to,
      items.filter((item) => this.deps.items.has(item)),
    );
    if (offered.length === 0) return;
    const nonce = this.deps.freshNonce();
    const key = incomingKey(to, nonce);
    const { requestWaitTime, responseWaitTime } = this.deps.config;
    const live = requestWaitTime + this.deps.advertRetries * responseWaitTime;
    this.incoming.set(
      key,
      this.deps.timers.later(live, () => this.incoming.delete(key)),
    );
    this.deps.adapter.sendDigest(to, nonce, offered);
  }

  onHello(from: PkiId, nonce: bigint): void {
    const items = this.egress(from, [...this.deps.items]);
    // Nothing to offer: no digest, so no request can follow and the nonce need not live.
    if (items.length === 0) return;
    const key = incomingKey(from, nonce);
    this.deps.timers.forget(this.incoming.get(key));
    this.incoming.set(
      key,
      this.deps.timers.later(this.deps.config.requestWaitTime, () => this.incoming.delete(key)),
    );
    this.deps.adapter.sendDigest(from, nonce, items);
  }

  /** Answers a Request once, only while `nonce` is live for `from`; otherwise reports it. */
  onRequest(from: PkiId, nonce: bigint, items: readonly string[]): void {
    const key = incomingKey(from, nonce);
    const timer = this.incoming.get(key);
    if (!timer) {
      this.deps.reject(from, 'request');
      return;
    }
    this.deps.timers.forget(timer);
    this.incoming.delete(key);
    const have = this.egress(
      from,
      [...new Set(items)].filter((item) => this.deps.items.has(item)),
    );
    if (have.length > 0) this.deps.adapter.sendResponse(from, nonce, have);
  }

  clear(): void {
    this.incoming.clear();
  }

  private egress(to: PkiId, items: string[]): string[] {
    const { adapter } = this.deps;
    return adapter.filterEgress ? adapter.filterEgress(to, items) : items;
  }
}

function incomingKey(peer: PkiId, nonce: bigint): string {
  return `${peer}/${nonce}`;
}
