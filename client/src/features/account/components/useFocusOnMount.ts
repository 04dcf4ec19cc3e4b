import { RefObject, useEffect, useRef } from 'react';

/**
 * For a step that replaces the button that opened it: the keyboard and screen
 * reader land on the step's heading instead of the top of the page.
 */
export function useFocusOnMount<T extends HTMLElement>(): RefObject<T | null> {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return ref;
}
