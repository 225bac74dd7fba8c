// Follows the sheet's selection: calls `poll` every few seconds while active and the document is visible.
import { useEffect, useRef } from 'preact/hooks';
import { anyCallPending } from '../pending-calls';

/** Every ~3 s: each poll is one Apps Script execution, so it stays cheap and never overlaps another call. */
const SELECTION_POLL_MS = 3000;

export function useSelectionPoll(active: boolean, poll: () => void, intervalMs = SELECTION_POLL_MS): void {
  const latestPoll = useRef(poll);
  latestPoll.current = poll;
  const activatedBefore = useRef(false);

  useEffect(() => {
    if (!active) return undefined;
    const tick = () => {
      if (document.visibilityState !== 'visible' || anyCallPending()) return;
      latestPoll.current();
    };
    const timer = setInterval(tick, intervalMs);
    // Coming back to the tab or the sidebar: catch up at once instead of waiting for the next tick.
    document.addEventListener('visibilitychange', tick);
    // The initial state already holds the selection; later activations (a tab switch) catch up at once.
    if (activatedBefore.current) tick();
    activatedBefore.current = true;
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', tick);
    };
  }, [active, intervalMs]);
}
