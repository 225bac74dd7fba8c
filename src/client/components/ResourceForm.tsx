// Adds a resource to the library: checked here first (title, http/https link), then by the server.
import { useState } from 'preact/hooks';
import { RESOURCE_LEVELS, RESOURCE_TYPES } from '../../core/vocabulary';
import type { ResourceInput } from '../../shared/rpc';
import { useCheckedSubmit } from '../hooks/use-checked-submit';
import { validateResource } from '../logic/validation';
import { callServer } from '../rpc';
import { CardForm } from './CardForm';
import { Field } from './Field';

const EMPTY_RESOURCE: ResourceInput = { title: '', url: '', type: 'article', tags: '', level: 'intro', description: '' };
const FIELDS = { title: [], url: ['link'], type: [], tags: [], level: [], description: [] } as const;

interface ResourceFormProps {
  onAdded: (message: string) => void;
}

export function ResourceForm({ onAdded }: ResourceFormProps) {
  const [input, setInput] = useState(EMPTY_RESOURCE);
  const [confirmation, setConfirmation] = useState('');
  const submission = useCheckedSubmit<keyof typeof FIELDS, { id: string; row: number }>(FIELDS);
  const { problems } = submission;
  const update = (change: Partial<ResourceInput>) => {
    setInput((current) => ({ ...current, ...change }));
    setConfirmation('');
  };

  const send = () => {
    const sent = input;
    submission.submit(
      validateResource(sent),
      () => callServer('addResource', sent),
      (added) => {
        const message = `Added “${sent.title.trim()}” to Resources (row ${added.row}).`;
        setInput(EMPTY_RESOURCE);
        setConfirmation(message);
        onAdded(message);
      },
    );
  };

  // Title, link and tags are all required (the server refuses a resource without them), so each is marked required.
  const text = (key: 'title' | 'url' | 'tags', label: string, hint?: string, type = 'text') => (
    <Field
      id={`resource-${key}`}
      label={label}
      hint={hint}
      problems={problems.byField[key]}
      control={(props) => <input {...props} type={type} required value={input[key]} onInput={(e) => update({ [key]: e.currentTarget.value })} />}
    />
  );

  // Type and level come from the lists the server accepts, so they are picked, never typed.
  const choice = (key: 'type' | 'level', label: string, options: readonly string[]) => (
    <Field
      id={`resource-${key}`}
      label={label}
      problems={problems.byField[key]}
      control={(props) => (
        <select {...props} value={input[key]} onChange={(e) => update({ [key]: e.currentTarget.value })}>
          {options.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      )}
    />
  );

  return (
    <CardForm
      headingId="resource-heading"
      heading="Add a resource"
      submission={submission}
      submitLabel="Add resource"
      busyLabel="Adding…"
      failure="Could not add the resource; what you typed is kept"
      onSend={send}
      confirmation={confirmation}
    >
      {text('title', 'Title')}
      {text('url', 'Link', 'Starts with https://', 'url')}
      <div class="field-row">
        {choice('type', 'Type', RESOURCE_TYPES)}
        {choice('level', 'Level', RESOURCE_LEVELS)}
      </div>
      {text('tags', 'Tags', 'Topics and careers, separated by commas')}
      <Field
        id="resource-description"
        label="Description"
        problems={problems.byField.description}
        control={(props) => (
          <textarea {...props} rows={3} value={input.description} onInput={(e) => update({ description: e.currentTarget.value })} />
        )}
      />
    </CardForm>
  );
}
