import type { Link, Transport } from '../contracts/index.js';

/**
 * Several transports behind one: each dial goes to the first transport that
 * can dial the endpoint's scheme (WebSocket for `ws://`, WebRTC for `rtc:`),
 * and inbound links from all of them reach the one listener.
 */
export class CompositeTransport implements Transport {
  constructor(
    readonly localEndpoint: string,
    private readonly transports: readonly Transport[],
  ) {}

  listen(onLink: (link: Link) => void): void {
    for (const transport of this.transports) transport.listen(onLink);
  }

  canDial(endpoint: string): boolean {
    return this.transports.some((transport) => transport.canDial(endpoint));
  }

  dial(endpoint: string): Link {
    const transport = this.transports.find((candidate) => candidate.canDial(endpoint));
    return transport ? transport.dial(endpoint) : new UnreachableLink(endpoint);
  }

  close(): void {
    for (const transport of this.transports) transport.close();
  }
}

/** The link to an endpoint no transport can dial: it reports its close as soon as it is attached. */
class UnreachableLink implements Link {
  readonly open = false;
  readonly binding = null;
  readonly bufferedAmount = 0;

  constructor(readonly remoteEndpoint: string) {}

  attach(handlers: { onClose(reason: string): void }): void {
    queueMicrotask(() => handlers.onClose(`no transport can dial ${this.remoteEndpoint}`));
  }

  send(): void {}

  close(): void {}
}
