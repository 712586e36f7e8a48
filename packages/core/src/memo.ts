/**
 * A value rebuilt only when its key changes: lists built on membership and
 * links, which change rarely, read by pushes, which are many.
 */
export function memoized<T>(key: () => string, build: () => T): () => T {
  let last: { key: string; value: T } | undefined;
  return () => {
    const current = key();
    if (last?.key !== current) last = { key: current, value: build() };
    return last.value;
  };
}
