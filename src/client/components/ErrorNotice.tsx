// A failed call, said plainly, with a way to try again.
import { BusyButton } from './BusyButton';

interface ErrorNoticeProps {
  message: string | null;
  /** What was being done, e.g. "Could not log the check-in". */
  action: string;
  onRetry?: () => void;
  busy?: boolean;
}

export function ErrorNotice({ message, action, onRetry, busy = false }: ErrorNoticeProps) {
  if (message === null) return null;
  return (
    <div class="notice notice-error" role="alert">
      <p>
        <strong>{action}.</strong> {message}
      </p>
      {onRetry && (
        <BusyButton class="secondary" onClick={onRetry} busy={busy}>
          Try again
        </BusyButton>
      )}
    </div>
  );
}
