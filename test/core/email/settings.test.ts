// Template validation: unknown and private placeholders named, mustache syntax refused, an empty subject refused, the picks required.
import { DEFAULT_EMAIL_SETTINGS, validateEmailSettings } from '../../../src/core/email';

const messages = (input: Parameters<typeof validateEmailSettings>[0]) => {
  const result = validateEmailSettings(input);
  return result.ok ? [] : result.problems.map((p) => p.message);
};

describe('validateEmailSettings', () => {
  it('accepts the default template as it is', () => {
    expect(validateEmailSettings(DEFAULT_EMAIL_SETTINGS)).toEqual({ ok: true, value: DEFAULT_EMAIL_SETTINGS });
  });

  it('matches placeholders to public column headers ignoring case and spaces', () => {
    const result = validateEmailSettings({ subject: 'For {{ first NAME }}', body: '{{FirstName}} {{career_path}} {{preferred resource types}}\n{{resources}}' });
    expect(result.ok).toBe(true);
  });

  it('refuses an unknown placeholder and private columns, naming each', () => {
    const found = messages({ subject: 'Hi {{nonsense}}', body: '{{Private notes}} {{Important events}} {{ID}}\n{{Resources}}' });
    expect(found).toEqual([
      expect.stringMatching(/^\{\{nonsense\}\} is not a column of the Students tab\. You can use \{\{First name\}\}, .*\{\{Survey link\}\}\.$/),
      '{{Private notes}} is a private column: private columns never go in an email.',
      '{{Important events}} is a private column: private columns never go in an email.',
      "{{ID}} is Rapport's bookkeeping, not part of the student's profile, so it cannot go in an email.",
    ]);
  });

  it('refuses an empty subject, an empty body, and a body without the picks', () => {
    expect(messages({ subject: '   ', body: '' })).toEqual(['Give the email a subject.', 'Write the body of the email; it needs at least {{Resources}}.']);
    expect(messages({ subject: 'Hi', body: 'Hello {{First name}}' })).toEqual(['The body has no {{Resources}} line, so the picked resources would not be in the email.']);
  });

  it('refuses mustache syntax the teacher did not mean, unpaired braces, and blocks out of place', () => {
    expect(messages({ subject: '{{Resources}}', body: '{{{First name}}} {{#Goals}}x{{/Goals}} {{> x}}\nSee {{Resources}}\n{{First name' })).toEqual([
      '{{Resources}} can only go in the body, on a line of its own.',
      '{{{First name}}} is not a placeholder: write placeholders with two braces, like {{First name}}.',
      '{{#Goals}} is not a placeholder: write placeholders with two braces, like {{First name}}.',
      '{{>x}} is not a placeholder: write placeholders with two braces, like {{First name}}.',
      'Put {{Resources}} on a line of its own (line 2).',
      'Line 3 of the body has a "{{" or "}}" that does not pair up; write placeholders like {{First name}}.',
    ]);
  });

  it('wants a {{News}} line when there is news, and K from 1 to 10', () => {
    expect(messages({ subject: 'Hi', body: '{{Resources}}', news: { personal: 'A new dog' }, picksPerEmail: 0 })).toEqual([
      'Your news would not be in the email: add a {{News}} line to the body, or clear the news.',
      'Resources per email must be a whole number from 1 to 10.',
    ]);
  });
});
