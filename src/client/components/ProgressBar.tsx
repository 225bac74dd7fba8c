// The thin indeterminate bar under the header while any shown server call is in flight.
import { useShownCallsPending } from '../hooks/use-pending-calls';

export function ProgressBar() {
  const pending = useShownCallsPending();
  if (pending === 0) return <div class="progress-placeholder" />;
  return (
    <div class="progress" role="progressbar" aria-label="Working…">
      <div class="progress-indicator" />
    </div>
  );
}
