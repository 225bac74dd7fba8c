// Loads a panel's data the first time its tab is shown, so the sidebar's first load stays one round trip.
import { useEffect } from 'preact/hooks';

/** Calls `load` when the panel becomes `active` with nothing `loaded` and no load `busy`; later showings reuse what it has. */
export function useLoadWhenShown(active: boolean, loaded: boolean, busy: boolean, load: () => void): void {
  useEffect(() => {
    if (active && !loaded && !busy) load();
  }, [active]);
}
