import { type RefObject, useEffect, useRef } from 'react';

/**
 * Puts the focus back on the element of `selector` inside `container` (an item's Edit button) once
 * the item has left its editing state and been drawn again. Call the function it answers just
 * before closing the form. An effect runs after the item is in the page, which a frame scheduled
 * when closing does not promise: React may draw the closed item after that frame.
 */
export function useFocusAfterEditing(
  editing: boolean,
  container: RefObject<HTMLElement | null>,
  selector: string,
): () => void {
  const pending = useRef(false);
  useEffect(() => {
    if (editing || !pending.current) return;
    pending.current = false;
    container.current?.querySelector<HTMLElement>(selector)?.focus();
  }, [editing, container, selector]);
  return () => {
    pending.current = true;
  };
}
