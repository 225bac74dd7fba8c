// The Email panel's template: subject, body, the teacher's news, picks per email and the top-up choice; saved whole, refused with a message per bad placeholder.
import { useState } from 'preact/hooks';
import type { EmailSettingsInput, EmailSettingsView, Result, TeacherNews } from '../../shared/rpc';
import { useServerCall } from '../hooks/use-server-call';
import { callServer } from '../rpc';
import { BusyButton } from './BusyButton';
import { ErrorNotice } from './ErrorNotice';
import { Field } from './Field';
import { GeneralProblems } from './GeneralProblems';
import { useLoadWhenShown } from '../hooks/use-load-when-shown';

const NEWS: [keyof TeacherNews, string][] = [
  ['professional', 'Something professional'],
  ['profound', 'Something profound'],
  ['personal', 'Something personal'],
];

interface EmailTemplateFormProps {
  /** True while its tab is shown: the settings load the first time it is. */
  active: boolean;
  /** Called after a save, so the preview can be drawn again with the new template. */
  onSaved: (message: string) => void;
}

export function EmailTemplateForm({ active, onSaved }: EmailTemplateFormProps) {
  const [draft, setDraft] = useState<EmailSettingsView | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const load = useServerCall<EmailSettingsView>();
  const save = useServerCall<Result<EmailSettingsView>>();

  useLoadWhenShown(active, draft !== null, load.busy, () => void load.run(() => callServer('getEmailSettings'), setDraft));

  if (draft === null) {
    return (
      <>
        <ErrorNotice message={load.error} action="Could not load the email template" onRetry={load.retry} busy={load.busy} />
        {!load.error && <p class="empty">Loading the email template…</p>}
      </>
    );
  }
  const update = (change: Partial<EmailSettingsView>) => setDraft({ ...draft, ...change });
  const submit = (event: Event) => {
    event.preventDefault();
    const input: EmailSettingsInput = { subject: draft.subject, body: draft.body, news: draft.news, picksPerEmail: draft.picksPerEmail, fillWithGeneral: draft.fillWithGeneral };
    void save.run(
      () => callServer('saveEmailSettings', input),
      (result) => {
        if (!result.ok) {
          setProblems(result.problems.map((p) => p.message));
          return;
        }
        setProblems([]);
        setDraft(result.value);
        onSaved('Saved the email template.');
      },
    );
  };
  return (
    <form class="card" aria-labelledby="email-template-heading" onSubmit={submit} noValidate>
      <h2 id="email-template-heading">Email template</h2>
      <GeneralProblems problems={problems} />
      <ErrorNotice message={save.error} action="Could not save the template; what you typed is kept" onRetry={save.retry} busy={save.busy} />
      <Field id="email-subject" label="Subject" control={(props) => <input {...props} type="text" required value={draft.subject} onInput={(e) => update({ subject: e.currentTarget.value })} />} />
      <Field
        id="email-body"
        label="Body"
        hint={`Placeholders: ${draft.placeholders.join(' ')}. Put {{Resources}}, {{News}} and {{Survey link}} each on a line of its own.`}
        control={(props) => <textarea {...props} rows={10} value={draft.body} onInput={(e) => update({ body: e.currentTarget.value })} />}
      />
      <fieldset>
        <legend>Your news (optional, shown in every email of the cycle)</legend>
        {NEWS.map(([key, label]) => (
          <Field
            key={key}
            id={`email-news-${key}`}
            label={label}
            control={(props) => <input {...props} type="text" value={draft.news[key]} onInput={(e) => update({ news: { ...draft.news, [key]: e.currentTarget.value } })} />}
          />
        ))}
      </fieldset>
      <Field
        id="email-picks"
        label="Resources per email"
        control={(props) => <input {...props} type="number" min={1} max={10} value={draft.picksPerEmail} onInput={(e) => update({ picksPerEmail: Number(e.currentTarget.value) })} />}
      />
      <div class="field checkbox-field">
        <input id="email-fill" type="checkbox" checked={draft.fillWithGeneral} onChange={(e) => update({ fillWithGeneral: e.currentTarget.checked })} />
        <label for="email-fill">When too little matches, fill with general resources</label>
      </div>
      <BusyButton class="primary" type="submit" busy={save.busy}>
        {save.busy ? 'Saving…' : 'Save template'}
      </BusyButton>
    </form>
  );
}
