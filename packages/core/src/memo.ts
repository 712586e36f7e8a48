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

/**
 * Values of a pure function kept by key, at most `limit` of them: when full,
 * the memory starts over (the values are cheap to make again, just not on
 * every call). For hashes and imported keys asked for again and again.
 */
export function boundedMemory<V>(limit: number): (key: string, make: () => V) => V {
  const values = new Map<string, V>();
  return (key, make) => {
    let value = values.get(key);
    if (value === undefined) {
      value = make();
      if (values.size >= limit) values.clear();
      values.set(key, value);
    }
    return value;
  };
}

/** Adds `value` to a set that keeps at most `limit` values, the oldest going first. */
export function rememberBounded(set: Set<string>, value: string, limit: number): void {
  set.add(value);
  if (set.size > limit) set.delete(set.values().next().value as string);
}
