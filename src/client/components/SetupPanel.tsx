// Before the class is set up (or when a tab or column went missing): what is missing, and one button to fix it.
import type { Problem } from '../../shared/rpc';
import { placeUnlessSaid } from '../logic/problems';
import { BusyButton } from './BusyButton';
import { ErrorNotice } from './ErrorNotice';

interface SetupPanelProps {
  setupNeeded: boolean;
  problems: readonly Problem[];
  busy: boolean;
  error: string | null;
  onSetup: () => void;
  onRetry: () => void;
}

export function SetupPanel({ setupNeeded, problems, busy, error, onSetup, onRetry }: SetupPanelProps) {
  // The server marks set-up needed for any missing tab or column; "set up your class" and the four tabs only fit when a tab is missing.
  const tabMissing = setupNeeded && (problems.length === 0 || problems.some((problem) => problem.column === undefined));
  return (
    <section class="card setup" aria-labelledby="setup-heading" aria-busy={busy}>
      <h2 id="setup-heading">{tabMissing ? 'Set up your class' : 'Your class sheet needs a fix'}</h2>
      {tabMissing && (
        <p>
          Rapport keeps your class in four tabs: Students, Resources, Check-ins and Sent log. “Set up class” adds the ones that are
          missing, with their headers. It never changes or removes anything you already have.
        </p>
      )}
      {problems.length > 0 && (
        <ul class="problem-list">
          {problems.map((problem, index) => (
            <li key={index}>
              {problem.message}
              {placeUnlessSaid(problem) && <span class="problem-place"> ({placeUnlessSaid(problem)})</span>}
            </li>
          ))}
        </ul>
      )}
      {!tabMissing && problems.length > 0 && <p>“Set up class” adds what is missing and leaves your own columns and tabs alone.</p>}
      <BusyButton class="primary" onClick={onSetup} busy={busy}>
        {busy ? 'Setting up…' : 'Set up class'}
      </BusyButton>
      <ErrorNotice message={error} action="Set-up did not finish" onRetry={onRetry} busy={busy} />
    </section>
  );
}
