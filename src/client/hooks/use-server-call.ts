// One server call site's busy flag, readable error and retry; every call in the sidebar goes through it.
import { useCallback, useRef, useState } from 'preact/hooks';
import { beginCall } from '../pending-calls';

export interface CallOptions {
  /** A quiet call (a poll) neither marks the area busy nor shows the progress bar. */
  quiet?: boolean;
}

export interface ServerCall<T> {
  busy: boolean;
  error: string | null;
  /** Starts a call; `onSuccess` gets its value, a failure sets `error`. Never rejects. */
  run(start: () => Promise<T>, onSuccess: (value: T) => void, options?: CallOptions): Promise<void>;
  /** Runs the last call again, as it was, shown even if it was a quiet one. */
  retry(): void;
}

interface LastCall<T> {
  start: () => Promise<T>;
  onSuccess: (value: T) => void;
  options: CallOptions;
}

export function useServerCall<T>(): ServerCall<T> {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const last = useRef<LastCall<T> | null>(null);

  const run = useCallback(async (start: () => Promise<T>, onSuccess: (value: T) => void, options: CallOptions = {}) => {
    last.current = { start, onSuccess, options };
    const end = beginCall(!options.quiet);
    if (!options.quiet) setBusy(true);
    try {
      const value = await start();
      setError(null);
      onSuccess(value);
    } catch (thrown) {
      setError(thrown instanceof Error ? thrown.message : String(thrown));
    } finally {
      end();
      if (!options.quiet) setBusy(false);
    }
  }, []);

  const retry = useCallback(() => {
    const call = last.current;
    if (call) void run(call.start, call.onSuccess, { ...call.options, quiet: false });
  }, [run]);

  return { busy, error, run, retry };
}
