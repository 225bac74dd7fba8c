// Re-renders when the number of shown server calls in flight changes (for the header's progress bar).
import { useEffect, useState } from 'preact/hooks';
import { shownCallsPending, subscribe } from '../pending-calls';

export function useShownCallsPending(): number {
  const [count, setCount] = useState(shownCallsPending);
  useEffect(() => subscribe(() => setCount(shownCallsPending())), []);
  return count;
}
