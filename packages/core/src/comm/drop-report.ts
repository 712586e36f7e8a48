import type { Drop, DropReason, EventSink, GossipEvent, MetricsSink } from '../contracts/index.js';
import type { PkiId } from '../ids.js';
import type { ContentCase } from '../proto/index.js';

/** Where drops are counted and reported: the peer's metrics and events. */
export interface DropSinks {
  metrics: MetricsSink;
  events: EventSink<GossipEvent>;
}

/** Counts a frame or message that was refused, by reason, and tells whoever listens for drops. */
export function reportDrop(
  deps: DropSinks,
  reason: DropReason,
  kind: ContentCase | undefined,
  from: PkiId | undefined,
  detail?: string,
): void {
  deps.metrics.dropped(reason);
  if (!deps.events.wants('message-dropped')) return;
  deps.events.emit({
    type: 'message-dropped',
    reason,
    ...(kind ? { kind } : {}),
    ...(from ? { from } : {}),
    ...(detail ? { detail } : {}),
  });
}

/** The peer's drop recorder, as the parts above comm take it: comm reports through the same reportDrop. */
export function dropRecorder(sinks: DropSinks): Drop {
  return (reason, kind, from, detail) => reportDrop(sinks, reason, kind, from, detail);
}
