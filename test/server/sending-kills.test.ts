// A 30-student cycle killed after every service call it makes: the next runs finish it and no student ever gets a second email in the cycle.
import { deserializeState, serializeState } from '../../src/local/runtime/persistence';
import { LocalRuntime } from '../../src/local/runtime/runtime';
import type { Result, SendingState } from '../../src/shared/rpc';
import { advanceClock } from '../../src/local/runtime/scheduler';
import { mailsByAddress, ok, sendingClass, state } from './sending-fixture';

const STUDENTS = 30;
/** The engine's batch size (src/server/sending/engine.ts): a kill can leave at most one batch unknown. */
const BATCH_SIZE = 20;
const MINUTE = 60_000;

const base = serializeState(sendingClass(STUDENTS).state);
const fork = (from = base) => new LocalRuntime(deserializeState(from, 'kill sweep'));

/** What a teacher would do after a failure: wait, then click Send now until the cycle is finished. */
function finishCycle(runtime: LocalRuntime): SendingState {
  for (let attempt = 0; attempt < 4; attempt += 1) {
    advanceClock(runtime, 7 * MINUTE);
    const result = runtime.run('sendNow', []).value as Result<SendingState> | undefined;
    if (result && !result.ok) break;
    if (result?.ok && result.value.cycle?.status === 'done') break;
  }
  return state(runtime);
}

describe('a run killed after any call', () => {
  const full = fork().run('sendNow', []);
  const calls = Object.values(full.record.calls).reduce((n, c) => n + c, 0);

  /** The first kill point after an email went out: inside the first batch, before its Sent log write. */
  let firstMailKill: number | null = null;
  function firstKillAfterAMail(): number {
    for (let failAt = firstMailKill ?? 1; failAt <= calls; failAt += 1) {
      const probe = fork();
      probe.run('sendNow', [], { failAt });
      if (probe.state.mail.outbox.length > 0) return (firstMailKill = failAt);
    }
    throw new Error('no email went out before the run ended');
  }

  it('makes a bounded number of calls for 30 students', () => {
    expect(full.record.outcome).toBe('ok');
    expect(calls).toBeGreaterThan(STUDENTS);
  });

  it('never sends a student two emails in the cycle, and lists every send it cannot be sure of', () => {
    const outcomes = { unknownRuns: 0, cleanRuns: 0 };
    for (let failAt = 1; failAt <= calls; failAt += 1) {
      const runtime = fork();
      const killed = runtime.run('sendNow', [], { failAt });
      expect(killed.record.outcome).toBe('killed');
      const after = finishCycle(runtime);
      const received = mailsByAddress(runtime);
      const cycle = after.cycle!;
      expect(cycle.status).toBe('done');
      const unknown = new Set(cycle.unknown.map((u) => u.studentId));
      for (let i = 1; i <= STUDENTS; i += 1) {
        const count = received.get(`student${i}@school.example`) ?? 0;
        expect(count).toBeLessThanOrEqual(1);
        if (count === 0) expect(unknown.has(`stu-${String(i).padStart(6, '0')}`)).toBe(true);
      }
      expect(cycle.counts.sent + cycle.counts.unknown).toBe(STUDENTS);
      expect(unknown.size).toBeLessThanOrEqual(BATCH_SIZE);
      if (unknown.size > 0) outcomes.unknownRuns += 1;
      else outcomes.cleanRuns += 1;
    }
    expect(outcomes.unknownRuns).toBeGreaterThan(0);
    expect(outcomes.cleanRuns).toBeGreaterThan(0);
  });

  it('survives a second kill at any call of the run that settles the first one, still never mailing anyone twice', () => {
    const once = fork();
    once.run('sendNow', [], { failAt: firstKillAfterAMail() });
    advanceClock(once, 7 * MINUTE);
    const killedOnceState = serializeState(once.state);
    const killedOnce = () => fork(killedOnceState);
    const recovery = killedOnce().run('sendNow', []);
    const recoveryCalls = Object.values(recovery.record.calls).reduce((n, c) => n + c, 0);
    for (let failAt = 1; failAt <= recoveryCalls; failAt += 1) {
      const runtime = killedOnce();
      expect(runtime.run('sendNow', [], { failAt }).record.outcome).toBe('killed');
      const cycle = finishCycle(runtime).cycle!;
      expect(cycle.status).toBe('done');
      expect([...mailsByAddress(runtime).values()].every((n) => n <= 1)).toBe(true);
      expect(cycle.counts.sent + cycle.counts.unknown).toBe(STUDENTS);
    }
  });

  it('lets the teacher resend or drop an unknown send, once', () => {
    const runtime = fork();
    runtime.run('sendNow', [], { failAt: firstKillAfterAMail() });
    const after = finishCycle(runtime);
    expect(after.cycle!.unknown.length).toBeGreaterThan(1);
    const [resend, drop] = after.cycle!.unknown;
    const before = mailsByAddress(runtime).get(resend.email) ?? 0;
    ok(runtime.run('resolveUnknownSend', [resend.studentId, 'resend']).value as Result<SendingState>);
    ok(runtime.run('resolveUnknownSend', [drop.studentId, 'drop']).value as Result<SendingState>);
    const again = runtime.run('resolveUnknownSend', [drop.studentId, 'resend']).value as Result<SendingState>;
    expect(again.ok).toBe(false);
    const sent = ok(runtime.run('sendNow', []).value as Result<SendingState>);
    expect(mailsByAddress(runtime).get(resend.email)).toBe(before + 1);
    expect(sent.cycle!.unknown.map((u) => u.studentId)).not.toContain(resend.studentId);
    expect(sent.cycle!.unknown.map((u) => u.studentId)).not.toContain(drop.studentId);
  });
});
