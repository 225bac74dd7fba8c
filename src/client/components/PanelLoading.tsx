// A tab's panel while its first state loads: "Loading…", or what went wrong and a way to retry.
import type { ServerCall } from '../hooks/use-server-call';
import { ErrorNotice } from './ErrorNotice';

interface PanelLoadingProps {
  load: Pick<ServerCall<unknown>, 'error' | 'retry' | 'busy'>;
  /** What is loading, e.g. "the schedule". */
  what: string;
}

export function PanelLoading({ load, what }: PanelLoadingProps) {
  return (
    <>
      <ErrorNotice message={load.error} action={`Could not load ${what}`} onRetry={load.retry} busy={load.busy} />
      {!load.error && <p class="empty">Loading {what}…</p>}
    </>
  );
}
