// A form's submit: the sidebar's own checks first, then one server call; problems from either land on the form's fields.
import { useState } from 'preact/hooks';
import type { Problem, Result } from '../../shared/rpc';
import { sortProblems, type FieldAliases, type SortedProblems } from '../logic/problems';
import { useServerCall } from './use-server-call';

export interface CheckedSubmit<K extends string, V> {
  problems: SortedProblems<K>;
  busy: boolean;
  error: string | null;
  /**
   * Shows the `local` problems and stops if there are any; otherwise calls the server. Problems it answers
   * are shown the same way; an accepted value clears them and goes to `onAccepted`. A failed call sets `error`.
   */
  submit(local: readonly Problem[], start: () => Promise<Result<V>>, onAccepted: (value: V) => void): void;
}

export function useCheckedSubmit<K extends string, V>(fields: FieldAliases<K>): CheckedSubmit<K, V> {
  const [problems, setProblems] = useState<SortedProblems<K>>(NO_PROBLEMS);
  const call = useServerCall<Result<V>>();

  const submit = (local: readonly Problem[], start: () => Promise<Result<V>>, onAccepted: (value: V) => void) => {
    setProblems(sortProblems(local, fields));
    if (local.length > 0) return;
    void call.run(start, (result) => {
      if (!result.ok) {
        setProblems(sortProblems(result.problems, fields));
        return;
      }
      setProblems(NO_PROBLEMS);
      onAccepted(result.value);
    });
  };

  return { problems, busy: call.busy, error: call.error, submit };
}

const NO_PROBLEMS: SortedProblems<never> = { byField: {}, general: [] };
