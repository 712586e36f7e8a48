/** (reason, address) pairs remembered at most; the oldest are forgotten first. */
const MAX_KEYS = 1024;

type Write = (fields: Record<string, unknown>, message: string) => void;

/**
 * The log of refusals: one line for the first refusal of a reason from an
 * address, then at most one line per interval, saying how many refusals of
 * that kind came in between. A flood of connections from one address costs
 * the log a line per interval, not a line per connection; the metrics count
 * every one.
 */
export class RefusalLog {
  private readonly last = new Map<string, { at: number; suppressed: number }>();

  constructor(
    private readonly write: Write,
    private readonly intervalMs = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  refused(reason: string, address: string, fields: Record<string, unknown> = {}): void {
    const key = `${reason} ${address}`;
    const now = this.now();
    const entry = this.last.get(key);
    if (entry && now - entry.at < this.intervalMs) {
      entry.suppressed++;
      return;
    }
    const suppressed = entry?.suppressed ?? 0;
    this.write({ reason, address, ...fields, ...(suppressed > 0 ? { suppressed } : {}) }, 'refused');
    this.last.delete(key);
    this.last.set(key, { at: now, suppressed: 0 });
    if (this.last.size > MAX_KEYS) this.last.delete(this.last.keys().next().value as string);
  }
}
