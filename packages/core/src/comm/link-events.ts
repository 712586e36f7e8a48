import type { LinkHandlers } from '../contracts/index.js';

/**
 * A link's events held until its handlers are attached, then passed on in
 * the order they happened: open, frames, close. Transports own one each.
 */
export class LinkEvents {
  private handlers: LinkHandlers | undefined;
  private backlog: Uint8Array[] = [];
  private openUnreported = false;
  private pendingClose: string | undefined;

  attach(handlers: LinkHandlers): void {
    this.handlers = handlers;
    const backlog = this.backlog;
    this.backlog = [];
    if (this.openUnreported) {
      this.openUnreported = false;
      handlers.onOpen();
    }
    for (const frame of backlog) handlers.onFrame(frame);
    if (this.pendingClose !== undefined) handlers.onClose(this.pendingClose);
  }

  open(): void {
    if (this.handlers) this.handlers.onOpen();
    else this.openUnreported = true;
  }

  frame(frame: Uint8Array): void {
    if (this.handlers) this.handlers.onFrame(frame);
    else this.backlog.push(frame);
  }

  close(reason: string): void {
    if (this.handlers) this.handlers.onClose(reason);
    else this.pendingClose = reason;
  }
}
