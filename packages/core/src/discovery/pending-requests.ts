/** Nonces kept at most; the oldest go first. */
const MAX_PENDING = 1024;

/**
 * The nonces of this peer's MembershipRequests still awaiting an answer. A
 * MembershipResponse is taken only when it echoes one (Fabric matches them
 * the same way), once: a response nobody asked for is dropped before any of
 * its entries is decoded or verified, so it costs its sender a frame and
 * this peer nothing.
 */
export class PendingRequests {
  private readonly live = new Map<bigint, number>();

  constructor(
    private readonly lifetime: number,
    private readonly now: () => number,
  ) {}

  add(nonce: bigint): void {
    this.live.delete(nonce);
    this.live.set(nonce, this.now() + this.lifetime);
    if (this.live.size > MAX_PENDING) this.live.delete(this.live.keys().next().value as bigint);
  }

  /** Whether `nonce` was live; it is not any more. */
  take(nonce: bigint): boolean {
    const expires = this.live.get(nonce);
    if (expires === undefined) return false;
    this.live.delete(nonce);
    return expires >= this.now();
  }
}
