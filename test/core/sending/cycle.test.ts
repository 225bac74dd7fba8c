// The plan's state machine and the cycle's rows in the Sent log: plan, review (skip, swap), send, kill, resend or drop, migrate.
import { mapColumns } from '../../../src/core/headers';
import { SENT_LOG } from '../../../src/core/schema';
import { applyEvent, appendToModel, countStudents, cycleStudents, nextBatch, planRows, sentLogModel, swapPick, touchedBlocks, type PlanEntry } from '../../../src/core/sending/cycle-log';
import { migrateLegacyRows } from '../../../src/core/sending/migration';
import { nextStatus, SEND_STATUSES, studentStatus } from '../../../src/core/sending/statuses';
import { tabValues } from '../tables';

const AT = new Date('2027-03-15T16:00:00Z');

function emptyLog(records: Record<string, string | Date>[] = []) {
  const values = tabValues(SENT_LOG, records);
  return sentLogModel(mapColumns(SENT_LOG, values.header), values);
}

const PLAN: PlanEntry[] = [
  { studentId: 'stu-1', email: 'a@school.example', picks: [{ resourceId: 'res-1', title: 'Compost', url: 'https://x.example/1', reason: 'because you said composting' }, { resourceId: 'res-2', title: '=Bees', url: 'https://x.example/2', reason: 'bees' }] },
  { studentId: 'stu-2', email: 'b@school.example', skip: 'Opted out.' },
  { studentId: 'stu-3', email: 'c@school.example', picks: [{ resourceId: 'res-3', title: 'Robots', url: 'https://x.example/3', reason: 'robots' }] },
];

function plannedLog() {
  const model = emptyLog();
  appendToModel(model, 2, planRows(model.map, 'C1', PLAN, AT));
  return model;
}

describe('the state machine', () => {
  it('allows only its transitions', () => {
    expect(SEND_STATUSES).toEqual(['planned', 'sent', 'skipped', 'failed', 'unknown']);
    expect(nextStatus('planned', 'sent')).toBe('sent');
    expect(nextStatus('planned', 'lost')).toBe('unknown');
    expect(nextStatus('unknown', 'resend')).toBe('planned');
    expect(nextStatus('unknown', 'drop')).toBe('skipped');
    expect(nextStatus('sent', 'resend')).toBeNull();
    expect(nextStatus('sent', 'lost')).toBeNull();
    expect(nextStatus('failed', 'sent')).toBeNull();
    expect(nextStatus('skipped', 'swap')).toBeNull();
  });

  it('gives a student one status from their rows', () => {
    expect(studentStatus(['sent', 'skipped'])).toBe('sent');
    expect(studentStatus(['unknown', 'sent'])).toBe('unknown');
    expect(studentStatus(['skipped', 'skipped'])).toBe('skipped');
    expect(studentStatus(['planned', 'skipped'])).toBe('planned');
  });
});

describe('a cycle in the Sent log', () => {
  it('writes one row per pick and one per skipped student, text never a formula, keyed by cycle and student', () => {
    const model = plannedLog();
    expect(model.rows).toHaveLength(4);
    const students = cycleStudents(model, 'C1');
    expect(students.map((s) => [s.studentId, s.status, s.rows])).toEqual([['stu-1', 'planned', [0, 1]], ['stu-2', 'skipped', [2]], ['stu-3', 'planned', [3]]]);
    expect(model.rows[1][SENT_LOG.columns.findIndex((c) => c.key === 'resourceTitle')]).toBe("'=Bees");
    expect(countStudents(students)).toEqual({ planned: 2, sent: 0, skipped: 1, failed: 0, unknown: 0 });
    expect(cycleStudents(model, 'other')).toEqual([]);
  });

  it('skips a student and swaps a pick before approval', () => {
    const model = plannedLog();
    const [first, , third] = cycleStudents(model, 'C1');
    expect(swapPick(model, first, 1, { resourceId: 'res-9', title: 'Worms', url: 'https://x.example/9', reason: 'the teacher chose it' })).toBe(true);
    expect(applyEvent(model, third, 'skip', { reason: 'Skipped by the teacher.' })).toBe('skipped');
    // The swap changed Resource ID to Reason (columns 4-7), the skip Reason and Status (7-8): one adjacent run, rows 3-5 of the sheet.
    const [block, ...more] = touchedBlocks(model);
    expect(more).toEqual([]);
    expect(block).toMatchObject({ firstRow: 3, firstColumn: 4 });
    expect(block.values).toHaveLength(3);
    expect(block.values[0]).toEqual(['res-9', 'Worms', 'https://x.example/9', 'the teacher chose it', 'planned']);
    expect(block.values[2]).toEqual(['res-3', 'Robots', 'https://x.example/3', 'Skipped by the teacher.', 'skipped']);
    expect(swapPick(model, third, 3, { resourceId: 'res-1', title: 't', url: 'u', reason: 'r' })).toBe(false);
  });

  it('writes only the cells a send changed: Sent at, and Reason with Status, as two blocks that leave the columns between alone', () => {
    const model = plannedLog();
    const [first, , third] = cycleStudents(model, 'C1');
    applyEvent(model, first, 'sent', { at: AT });
    applyEvent(model, third, 'failed', { reason: 'Not sent: Invalid email: c', at: AT });
    const blocks = touchedBlocks(model);
    expect(blocks.map((b) => [b.firstRow, b.firstColumn, b.values.length, b.values[0].length])).toEqual([[2, 0, 4, 1], [2, 7, 4, 2]]);
    expect(blocks[0].values.map((row) => row[0])).toEqual([AT, AT, AT, AT]);
    // Row 4 of the sheet is stu-2's skip, untouched: its own Reason and Status are written back as they were.
    expect(blocks[1].values).toEqual([['because you said composting', 'sent'], ['bees', 'sent'], ['Opted out.', 'skipped'], ['Not sent: Invalid email: c', 'failed']]);
    model.touched.clear();
    expect(touchedBlocks(model)).toEqual([]);
  });

  it('sends in batches of planned students, and a kill makes a pending send unknown, never planned again', () => {
    const model = plannedLog();
    const students = cycleStudents(model, 'C1');
    const batch = nextBatch(students, 1, new Set());
    expect(batch.map((s) => s.studentId)).toEqual(['stu-1']);
    applyEvent(model, batch[0], 'sent', { at: AT });
    expect(nextBatch(students, 5, new Set()).map((s) => s.studentId)).toEqual(['stu-3']);
    expect(nextBatch(students, 5, new Set(['stu-3']))).toEqual([]);
    expect(applyEvent(model, students[2], 'lost')).toBe('unknown');
    expect(applyEvent(model, students[0], 'lost')).toBe('sent');
    expect(countStudents(students)).toEqual({ planned: 0, sent: 1, skipped: 1, failed: 0, unknown: 1 });
    expect(applyEvent(model, students[2], 'resend')).toBe('planned');
    expect(applyEvent(model, students[2], 'failed', { reason: 'Invalid email: c@' })).toBe('failed');
  });
});

describe('migrating the Sent log rows written before cycles', () => {
  it('gives each row a cycle id and one of the five statuses, once', () => {
    const model = emptyLog([
      { sentAt: new Date('2026-10-01T15:00:00Z'), studentId: 'stu-1', resourceId: 'res-1', status: 'Sent' },
      { sentAt: new Date('2026-10-01T15:00:00Z'), studentId: 'stu-2', resourceId: 'res-1', status: '' },
      { sentAt: '', studentId: 'stu-3', resourceId: 'res-1', status: 'bounced' },
      { sentAt: '', studentId: 'stu-4', resourceId: 'res-1', status: 'pending' },
      { sentAt: '', cycle: 'C0', studentId: 'stu-5', resourceId: 'res-1', status: 'SKIPPED' },
    ]);
    expect(migrateLegacyRows(model)).toBe(5);
    const statuses = model.rows.map((row) => [row[1], row[8]]);
    expect(statuses).toEqual([
      ['before-cycles 2026-10-01', 'sent'],
      ['before-cycles 2026-10-01', 'sent'],
      ['before-cycles undated', 'failed'],
      ['before-cycles undated', 'unknown'],
      ['C0', 'skipped'],
    ]);
    model.touched.clear();
    expect(migrateLegacyRows(model)).toBe(0);
  });
});
