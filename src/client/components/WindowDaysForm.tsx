// Chooses the dashboard's window (the last N days) for the whole class: checked here with core's rule, saved by the server, which draws the state with it.
import { useEffect, useState } from 'preact/hooks';
import { checkWindowDays, MAX_WINDOW_DAYS } from '../../core/dashboard';
import type { SidebarState } from '../../shared/rpc';
import { useCheckedSubmit } from '../hooks/use-checked-submit';
import { callServer } from '../rpc';
import { BusyButton } from './BusyButton';
import { ErrorNotice } from './ErrorNotice';
import { Field } from './Field';
import { GeneralProblems } from './GeneralProblems';

interface WindowDaysFormProps {
  windowDays: number;
  busy: boolean;
  onSaved: (state: SidebarState) => void;
}

const FIELDS = { checkInWindowDays: ['checkinwindow'] } as const;

export function WindowDaysForm({ windowDays, busy, onSaved }: WindowDaysFormProps) {
  const [text, setText] = useState(String(windowDays));
  const save = useCheckedSubmit<keyof typeof FIELDS, SidebarState>(FIELDS);
  useEffect(() => setText(String(windowDays)), [windowDays]);

  const submit = (event: Event) => {
    event.preventDefault();
    if (busy || save.busy) return;
    const days = checkWindowDays(text);
    save.submit(days.ok ? [] : days.problems, () => callServer('saveSidebarSettings', { checkInWindowDays: days.ok ? days.value : 0 }), onSaved);
  };

  return (
    <form class="window-form" onSubmit={submit} noValidate>
      <GeneralProblems problems={save.problems.general} />
      <Field
        id="window-days"
        label="Connected within the last (days)"
        hint="Saved for everyone who uses this class sheet."
        problems={save.problems.byField.checkInWindowDays}
        control={(props) => (
          <input {...props} type="number" min={1} max={MAX_WINDOW_DAYS} step={1} value={text} onInput={(e) => setText(e.currentTarget.value)} />
        )}
      />
      <BusyButton type="submit" class="secondary" busy={busy || save.busy}>
        Show
      </BusyButton>
      <ErrorNotice message={save.error} action="Could not save the window" />
    </form>
  );
}
