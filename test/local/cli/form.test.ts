// `form [--json] [--form ID]`: the newest form's address and items, with Apps Script's ItemType names and entry ids.
import { cli, cliOk, bytes, demoWorkspace, editState } from './harness';
import { surveyForm } from './fixtures';

describe('form', () => {
  test('--json prints { id, title, url, collectsEmail, items: [{ id, entryId, title, type, choices?, required }] } for the newest form', () => {
    const path = demoWorkspace();
    editState(path, (state) => {
      state.forms['form-1'] = surveyForm('form-1');
      state.forms['form-2'] = { ...surveyForm('form-2'), title: 'Newer', emailCollection: 'DO_NOT_COLLECT' };
      state.forms['form-2'].items[0].entryId = 1_000_000_777;
    });
    const form = JSON.parse(cliOk(path, 'form', '--json'));
    expect(form).toEqual({
      id: 'form-2',
      title: 'Newer',
      url: expect.stringMatching(/^https:\/\/docs\.google\.com\/forms\/d\/e\/.+\/viewform$/),
      collectsEmail: false,
      items: [
        { id: 101, entryId: 1_000_000_777, title: 'What are you interested in?', type: 'PARAGRAPH_TEXT', required: true },
        { id: 102, entryId: expect.any(Number), title: 'Which kinds of resources help you?', type: 'CHECKBOX', choices: ['article', 'video', 'podcast'], required: false },
      ],
    });
    expect(form.items[1].entryId).not.toBe(102);
    expect(JSON.parse(cliOk(path, 'form', '--json', '--form', 'form-1'))).toMatchObject({ id: 'form-1', collectsEmail: true });
    expect(cliOk(path, 'form')).toMatch(/^Newer \(form-2\)\nhttps:.*\n {2}101 \(entry\.1000000777\) PARAGRAPH_TEXT required: What are you interested in\?/);
  });

  test('a form id that does not exist: one line naming it, exit 1, the file unchanged', () => {
    const path = demoWorkspace();
    const before = bytes(path);
    const run = cli(path, 'form', '--form', 'form-9');
    expect([run.code, run.err]).toEqual([1, 'error: No form with id "form-9". The forms are: (none).']);
    expect(bytes(path)).toEqual(before);
  });
});
