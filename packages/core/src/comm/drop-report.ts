import type { DropReason, EventSink, GossipEvent, MetricsSink } from '../contracts/index.js';
import type { PkiId } from '../ids.js';
import type { ContentCase } from '../proto/index.js';

/** Counts a frame comm refused, by reason, and tells whoever listens for drops. */
export function reportDrop(
  deps: { metrics: MetricsSink; events: EventSink<GossipEvent> },
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
