import { useEffect, useState } from 'react';

/**
 * The value once it has stopped changing for `ms` (a search box's text, say), so a request goes
 * out when typing pauses rather than on every key. Compared by content: a new but equal object is
 * no change.
 */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  const key = JSON.stringify(value);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for `value`'s content
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [key, ms]);
  return settled;
}
