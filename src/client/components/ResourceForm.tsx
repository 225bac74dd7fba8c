// Adds a resource to the library: checked here first (title, http/https link), then by the server.
import { useState } from 'preact/hooks';
import { RESOURCE_LEVELS, RESOURCE_TYPES, type ResourceInput, type ServerApi } from '../../shared/rpc';
import { useServerCall } from '../hooks/use-server-call';
import { sortProblems, type SortedProblems } from '../logic/problems';
import { validateResource } from '../logic/validation';
import { callServer } from '../rpc';
import { ErrorNotice } from './ErrorNotice';
import { Field } from './Field';
import { GeneralProblems } from './GeneralProblems';

const EMPTY_RESOURCE: ResourceInput = { title: '', url: '', type: 'article', tags: '', level: 'intro', description: '' };
const FIELDS = { title: [], url: ['link'], type: [], tags: [], level: [], description: [] } as const;
type ResourceField = keyof typeof FIELDS;
const NO_PROBLEMS: SortedProblems<ResourceField> = { byField: {}, general: [] };

interface ResourceFormProps {
  onAdded: (message: string) => void;
}

export function ResourceForm({ onAdded }: ResourceFormProps) {
  const [input, setInput] = useState(EMPTY_RESOURCE);
  const [problems, setProblems] = useState(NO_PROBLEMS);
  const [confirmation, setConfirmation] = useState('');
  const call = useServerCall<ReturnType<ServerApi['addResource']>>();
  const update = (change: Partial<ResourceInput>) => {
    setInput((current) => ({ ...current, ...change }));
    setConfirmation('');
  };

  const send = () => {
    const local = validateResource(input);
    setProblems(sortProblems(local, FIELDS));
    if (local.length > 0) return;
    const sent = input;
    void call.run(
      () => callServer('addResource', sent),
      (result) => {
        if (!result.ok) {
          setProblems(sortProblems(result.problems, FIELDS));
          return;
        }
        const message = `Added “${sent.title.trim()}” to Resources (row ${result.value.row}).`;
        setInput(EMPTY_RESOURCE);
        setProblems(NO_PROBLEMS);
        setConfirmation(message);
        onAdded(message);
      },
    );
  };

  const submit = (event: Event) => {
    event.preventDefault();
    send();
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

  return (
    <form class="card" aria-labelledby="resource-heading" aria-busy={call.busy} onSubmit={submit} noValidate>
      <h2 id="resource-heading">Add a resource</h2>
      <GeneralProblems problems={problems.general} />
      {text('title', 'Title')}
      {text('url', 'Link', 'Starts with https://', 'url')}
      <div class="field-row">
        <Field
          id="resource-type"
          label="Type"
          problems={problems.byField.type}
          control={(props) => (
            <select {...props} value={input.type} onChange={(e) => update({ type: e.currentTarget.value })}>
              {RESOURCE_TYPES.map((type) => (
                <option key={type} value={type}>
                  {type}
                </option>
              ))}
            </select>
          )}
        />
        <Field
          id="resource-level"
          label="Level"
          problems={problems.byField.level}
          control={(props) => (
            <select {...props} value={input.level} onChange={(e) => update({ level: e.currentTarget.value })}>
              {RESOURCE_LEVELS.map((level) => (
                <option key={level} value={level}>
                  {level}
                </option>
              ))}
            </select>
          )}
        />
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
      <button type="submit" class="primary" disabled={call.busy}>
        {call.busy ? 'Adding…' : 'Add resource'}
      </button>
      {confirmation && <p class="confirmation">{confirmation}</p>}
      <ErrorNotice message={call.error} action="Could not add the resource; what you typed is kept" onRetry={send} busy={call.busy} />
    </form>
  );
}
