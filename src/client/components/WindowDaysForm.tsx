// Chooses the dashboard's window (the last N days); applying it reloads the state once.
import { useEffect, useState } from 'preact/hooks';
import { MAX_WINDOW_DAYS, parseWindowDays } from '../logic/window-days';
import { BusyButton } from './BusyButton';
import { Field } from './Field';

interface WindowDaysFormProps {
  windowDays: number;
  busy: boolean;
  onApply: (days: number) => void;
}

export function WindowDaysForm({ windowDays, busy, onApply }: WindowDaysFormProps) {
  const [text, setText] = useState(String(windowDays));
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => setText(String(windowDays)), [windowDays]);

  const submit = (event: Event) => {
    event.preventDefault();
    if (busy) return;
    const days = parseWindowDays(text);
    if (days === null) {
      setProblem(`Enter a whole number of days from 1 to ${MAX_WINDOW_DAYS}.`);
      return;
    }
    setProblem(null);
    onApply(days);
  };

  return (
    <form class="window-form" onSubmit={submit} noValidate>
      <Field
        id="window-days"
        label="Connected within the last (days)"
        problems={problem ? [problem] : []}
        control={(props) => (
          <input {...props} type="number" min={1} max={MAX_WINDOW_DAYS} step={1} value={text} onInput={(e) => setText(e.currentTarget.value)} />
        )}
      />
      <BusyButton type="submit" class="secondary" busy={busy}>
        Show
      </BusyButton>
    </form>
  );
}
