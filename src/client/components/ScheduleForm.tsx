// The schedule's controls: every N weeks, weekday, hour in the spreadsheet's zone, review before sending; save, pause and resume.
import { useState } from 'preact/hooks';
import { WEEKDAY_NAMES, type SendingState, type WeekdayName } from '../../shared/rpc';
import { draftFrom, hourLabel, type ScheduleDraft } from '../logic/sending';
import { BusyButton } from './BusyButton';
import { Field } from './Field';

interface ScheduleFormProps {
  state: SendingState;
  busy: boolean;
  onSave: (draft: ScheduleDraft) => void;
}

const WEEKS = [1, 2, 3, 4, 5, 6, 7, 8];
const HOURS = Array.from({ length: 24 }, (_, hour) => hour);

export function ScheduleForm({ state, busy, onSave }: ScheduleFormProps) {
  const [draft, setDraft] = useState(() => draftFrom(state));
  const update = (change: Partial<ScheduleDraft>) => setDraft((current) => ({ ...current, ...change }));
  const saved = state.schedule;
  const select = <T extends string | number>(id: string, label: string, value: T, options: readonly T[], text: (option: T) => string, change: (value: string) => void, hint?: string) => (
    <Field
      id={id}
      label={label}
      hint={hint}
      control={(props) => (
        <select {...props} value={String(value)} onChange={(e) => change(e.currentTarget.value)}>
          {options.map((option) => (
            <option key={option} value={String(option)}>
              {text(option)}
            </option>
          ))}
        </select>
      )}
    />
  );
  return (
    <form
      class="card"
      aria-labelledby="schedule-heading"
      onSubmit={(event) => {
        event.preventDefault();
        if (!busy) onSave(draft);
      }}
    >
      <h2 id="schedule-heading">Schedule</h2>
      <div class="field-row">
        {select('schedule-weeks', 'Every', draft.everyWeeks, WEEKS, (n) => (n === 1 ? '1 week' : `${n} weeks`), (v) => update({ everyWeeks: Number(v) }))}
        {select('schedule-weekday', 'On', draft.weekday, WEEKDAY_NAMES, (day) => day, (v) => update({ weekday: v as WeekdayName }))}
      </div>
      {select('schedule-hour', 'At', draft.hour, HOURS, hourLabel, (v) => update({ hour: Number(v) }), `In the spreadsheet's time zone (${state.timeZone})`)}
      <div class="field checkbox-field">
        <input id="schedule-review" type="checkbox" checked={draft.reviewBeforeSending} onChange={(e) => update({ reviewBeforeSending: e.currentTarget.checked })} />
        <label for="schedule-review">Let me review the plan before it is sent</label>
      </div>
      <div class="toolbar">
        <BusyButton class="primary" type="submit" busy={busy}>
          {saved ? 'Save schedule' : 'Turn on schedule'}
        </BusyButton>
        {saved && (
          <BusyButton class="secondary" busy={busy} onClick={() => onSave({ ...draftFrom(state), paused: !saved.paused })}>
            {saved.paused ? 'Resume' : 'Pause'}
          </BusyButton>
        )}
      </div>
    </form>
  );
}
