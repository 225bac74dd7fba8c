// The current cycle: status, counts in students with a progress bar, what stopped it, the plan's approval, and unknown sends to resend or drop.
import type { CycleView } from '../../shared/rpc';
import { cycleProgress, cycleStatusText } from '../logic/sending';
import { BusyButton } from './BusyButton';

interface CycleProgressProps {
  cycle: CycleView;
  busy: boolean;
  onApprove: () => void;
  onResolve: (studentId: string, choice: 'resend' | 'drop') => void;
}

export function CycleProgress({ cycle, busy, onApprove, onResolve }: CycleProgressProps) {
  const { done, total } = cycleProgress(cycle);
  const { sent, skipped, failed, unknown, planned } = cycle.counts;
  return (
    <section class="card" aria-labelledby="cycle-heading">
      <h2 id="cycle-heading">
        {cycle.id}: {cycleStatusText(cycle)}
      </h2>
      <label class="meta" for="cycle-progress">
        {done} of {total} students done
      </label>
      <progress id="cycle-progress" class="cycle-progress" max={Math.max(total, 1)} value={done} />
      <p class="meta">
        Sent {sent} · Skipped {skipped} · Failed {failed} · Unknown {unknown} · Waiting {planned}
      </p>
      {cycle.problem && <p class="nudge">{cycle.problem}</p>}
      {cycle.status === 'review' && (
        <>
          <p>The plan is in the Sent log (status “planned”). To skip a student, set their Status to “skipped”; to swap a pick, change its Resource ID.</p>
          <BusyButton class="primary" busy={busy} onClick={onApprove}>
            Approve and send
          </BusyButton>
        </>
      )}
      {cycle.unknown.length > 0 && (
        <>
          <h3>Not sure these went out</h3>
          <p class="meta">A run stopped while sending. Resend to be sure, or drop if the student already has it.</p>
          <ul class="plain-list">
            {cycle.unknown.map((entry) => (
              <li key={entry.studentId} class="unknown-send">
                <span class="student-name">{entry.email}</span>
                <span class="unknown-actions">
                  <BusyButton class="secondary" busy={busy} onClick={() => onResolve(entry.studentId, 'resend')}>
                    Resend<span class="visually-hidden"> to {entry.email}</span>
                  </BusyButton>
                  <BusyButton class="secondary" busy={busy} onClick={() => onResolve(entry.studentId, 'drop')}>
                    Drop<span class="visually-hidden"> {entry.email}</span>
                  </BusyButton>
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
