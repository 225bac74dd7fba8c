// The frame every sidebar form shares: heading, problems that name no field, the fields, a submit button that says it is busy, and a failed call with "Try again".
import type { ComponentChildren } from 'preact';
import { BusyButton } from './BusyButton';
import { ErrorNotice } from './ErrorNotice';
import { GeneralProblems } from './GeneralProblems';

interface CardFormProps {
  headingId: string;
  heading: ComponentChildren;
  /** What useCheckedSubmit reports for this form. */
  submission: { busy: boolean; error: string | null; problems: { general: readonly string[] } };
  submitLabel: string;
  busyLabel: string;
  /** What was being done when a call fails, e.g. "Could not add the resource; what you typed is kept". */
  failure: string;
  /** Submits the form (the submit button, Enter in a field, and "Try again" all come here). */
  onSend: () => void;
  /** Said under the button after a submit went through. */
  confirmation?: string;
  children: ComponentChildren;
}

export function CardForm({ headingId, heading, submission, submitLabel, busyLabel, failure, onSend, confirmation, children }: CardFormProps) {
  const { busy, error, problems } = submission;
  const submit = (event: Event) => {
    event.preventDefault();
    if (!busy) onSend();
  };
  return (
    <form class="card" aria-labelledby={headingId} aria-busy={busy} onSubmit={submit} noValidate>
      <h2 id={headingId}>{heading}</h2>
      <GeneralProblems problems={problems.general} />
      {children}
      <BusyButton type="submit" class="primary" busy={busy}>
        {busy ? busyLabel : submitLabel}
      </BusyButton>
      {confirmation && <p class="confirmation">{confirmation}</p>}
      <ErrorNotice message={error} action={failure} onRetry={onSend} busy={busy} />
    </form>
  );
}
