/**
 * A value loaded on first use and then shared; a failed load is retried on the next call rather than
 * cached forever (a service worker may live for hours). `measure` names a performance entry for the bench.
 */
export function lazy<T>(load: () => Promise<T>, measure?: string): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    if (!loading) {
      const started = performance.now();
      loading = load().then((value) => {
        if (measure) performance.measure(measure, { start: started });
        return value;
      });
      loading.catch(() => {
        loading = undefined;
      });
    }
    return loading;
  };
}

/** A value made on the first call and then shared (synchronous; nothing to retry). */
export function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => {
    made ??= { value: make() };
    return made.value;
  };
}
