// The Email panel's schedule area: loads the sending state, and saves the schedule, sends now, approves and resolves unknown sends.
import { useState } from 'preact/hooks';
import type { Result, SendingState } from '../../shared/rpc';
import { useServerCall } from '../hooks/use-server-call';
import { asksToSendAgain, type ScheduleDraft } from '../logic/sending';
import { callServer } from '../rpc';
import { BusyButton } from './BusyButton';
import { CycleProgress } from './CycleProgress';
import { ErrorNotice } from './ErrorNotice';
import { PanelLoading } from './PanelLoading';
import { ScheduleForm } from './ScheduleForm';
import { useLoadWhenShown } from '../hooks/use-load-when-shown';

interface SchedulePanelProps {
  /** True while its tab is shown: the state is loaded the first time it is, so the sidebar's first load stays one call. */
  active: boolean;
  onStatus: (message: string) => void;
}

export function SchedulePanel({ active, onStatus }: SchedulePanelProps) {
  const [state, setState] = useState<SendingState | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [offerAgain, setOfferAgain] = useState(false);
  const load = useServerCall<SendingState>();
  const action = useServerCall<Result<SendingState>>();

  useLoadWhenShown(active, state !== null, load.busy, () => void load.run(() => callServer('getSendingState'), setState));

  const act = (start: () => Promise<Result<SendingState>>, done: string) =>
    void action.run(start, (result) => {
      setOfferAgain(false);
      if (!result.ok) {
        const messages = result.problems.map((p) => p.message);
        setProblems(messages);
        setOfferAgain(messages.some(asksToSendAgain));
        return;
      }
      setProblems([]);
      setState(result.value);
      onStatus(result.value.message ?? done);
    });

  if (state === null) return <PanelLoading load={load} what="the schedule" />;
  const busy = action.busy || load.busy;
  const otherOwner = state.owner !== null && state.owner !== state.you;
  return (
    <div class="schedule-panel">
      {otherOwner && (
        <div class="notice nudge">
          <p>The schedule runs from {state.owner}'s account: their hourly run sends the emails.</p>
          <BusyButton class="secondary" busy={busy} onClick={() => act(() => callServer('takeOverSchedule'), 'The schedule now runs from your account.')}>
            Take over the schedule
          </BusyButton>
        </div>
      )}
      <ScheduleForm key={JSON.stringify(state.schedule)} state={state} busy={busy} onSave={(draft: ScheduleDraft) => act(() => callServer('saveSchedule', draft), 'Schedule saved.')} />
      <p class="meta" aria-live="polite">
        {state.schedule?.paused ? 'Paused: nothing is sent until you resume.' : state.nextRunLocal ? `Next run: ${state.nextRunLocal} (${state.timeZone})` : 'No schedule yet.'}
      </p>
      {problems.length > 0 && (
        <div class="notice notice-error" role="alert">
          {problems.map((message) => (
            <p key={message}>{message}</p>
          ))}
          {offerAgain && (
            <BusyButton class="secondary" busy={busy} onClick={() => act(() => callServer('sendNow', { again: true }), 'Sending a new round.')}>
              Send a new round anyway
            </BusyButton>
          )}
        </div>
      )}
      <ErrorNotice message={action.error} action="Could not finish that" onRetry={action.retry} busy={busy} />
      <BusyButton class="secondary" busy={busy} onClick={() => act(() => callServer('sendNow'), 'Sending.')}>
        {state.cycle && state.cycle.status !== 'done' ? 'Continue sending now' : 'Send now'}
      </BusyButton>
      {state.cycle && (
        <CycleProgress
          cycle={state.cycle}
          busy={busy}
          onApprove={() => act(() => callServer('approveCycle'), 'Approved.')}
          onResolve={(studentId, choice) => act(() => callServer('resolveUnknownSend', studentId, choice), choice === 'resend' ? 'It will be resent.' : 'Dropped.')}
        />
      )}
      {state.runNotes.length > 0 && (
        <details class="run-notes">
          <summary>Recent runs that stopped early ({state.runNotes.length})</summary>
          <ul class="plain-list">
            {[...state.runNotes].reverse().map((note) => (
              <li key={note.at + note.message}>
                <span class="date">{note.at.slice(0, 16).replace('T', ' ')} UTC</span> {note.message}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
