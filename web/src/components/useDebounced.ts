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

/**
 * Texts typed into a page's search boxes (a search, a tag) that the address keeps once typing
 * pauses, debounced as above. `texts` are what the boxes show; `settled` the trimmed texts the address holds or is about
 * to, which the filter's other changes carry along. A change of the address from elsewhere (Back, a
 * tag's link) fills the boxes again.
 */
export function useTextsInAddress<K extends string>(
  inAddress: Record<K, string>,
  write: (settled: Record<K, string>) => void,
) {
  const [texts, setTexts] = useState(inAddress);
  const settled = useDebounced(trimmed(texts), 300);
  const keys = Object.keys(inAddress) as K[];
  const differs = (key: K) => settled[key] !== inAddress[key];
  const settledKey = JSON.stringify(settled);
  const addressKey = JSON.stringify(inAddress);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the address follows the settled texts only
  useEffect(() => {
    if (keys.some(differs)) write(settled);
  }, [settledKey]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: only a change of the address from elsewhere (Back, a link)
  useEffect(() => {
    const changed = keys.filter(differs);
    if (changed.length > 0)
      setTexts((now) => ({ ...now, ...Object.fromEntries(changed.map((key) => [key, inAddress[key]])) }));
  }, [addressKey]);

  return {
    texts,
    settled,
    setText: (key: K, text: string) => setTexts((now) => ({ ...now, [key]: text })),
    /** Empties the boxes, for "Clear the filters". */
    clear: () => setTexts((now) => mapTexts(now, () => '')),
  };
}

function trimmed<K extends string>(texts: Record<K, string>): Record<K, string> {
  return mapTexts(texts, (text) => text.trim());
}

function mapTexts<K extends string>(texts: Record<K, string>, f: (text: string) => string) {
  const entries = Object.entries<string>(texts).map(([key, text]) => [key, f(text)]);
  return Object.fromEntries(entries) as Record<K, string>;
}
