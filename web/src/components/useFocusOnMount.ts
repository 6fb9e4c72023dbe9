import { type RefObject, useEffect, useRef } from 'react';

/**
 * A ref whose element takes the focus when it is first drawn: for an answer that appears after a
 * request (an import's result), so the keyboard and a screen reader land on it. An effect runs after
 * the element is in the page, which a frame scheduled from the request's callback does not promise.
 */
export function useFocusOnMount<T extends HTMLElement>(): RefObject<T | null> {
  const element = useRef<T>(null);
  useEffect(() => {
    element.current?.focus();
  }, []);
  return element;
}
