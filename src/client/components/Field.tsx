// A labelled form control with its problems under it, tied together for screen readers.
import type { ComponentChildren } from 'preact';

/** What the control must carry so its label, hint and problems are announced with it. */
export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: 'true';
}

interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  problems?: readonly string[];
  control: (props: ControlProps) => ComponentChildren;
}

export function Field({ id, label, hint, problems = [], control }: FieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const problemsId = problems.length > 0 ? `${id}-problems` : undefined;
  const describedBy = [hintId, problemsId].filter(Boolean).join(' ');
  return (
    <div class={problems.length > 0 ? 'field field-invalid' : 'field'}>
      <label for={id}>{label}</label>
      {control({
        id,
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        ...(problems.length > 0 ? { 'aria-invalid': 'true' as const } : {}),
      })}
      {hint && (
        <p class="hint" id={hintId}>
          {hint}
        </p>
      )}
      {problems.length > 0 && (
        <ul class="field-problems" id={problemsId}>
          {problems.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
