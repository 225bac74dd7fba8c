// Counts server calls in flight, so polling can skip a turn and the header can show one progress bar.

type Listener = () => void;

let visible = 0;
let quiet = 0;
const listeners = new Set<Listener>();

/** Marks a call as started; `shown` calls drive the progress bar, quiet ones (polls) do not. Returns its end. */
export function beginCall(shown: boolean): () => void {
  if (shown) visible++;
  else quiet++;
  notify();
  let ended = false;
  return () => {
    if (ended) return;
    ended = true;
    if (shown) visible--;
    else quiet--;
    notify();
  };
}

export function anyCallPending(): boolean {
  return visible + quiet > 0;
}

export function shownCallsPending(): number {
  return visible;
}

export function subscribe(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function notify(): void {
  for (const listener of listeners) listener();
}
