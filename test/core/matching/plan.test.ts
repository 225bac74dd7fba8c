// The planner: stemming, variety, determinism, never a resource twice, inactive, level, type, skips and reasons.
import fc from 'fast-check';
import { planPicks, type StudentPlan } from '../../../src/core/matching';
import { resource, sent, student } from './fixtures';

function picksOf(plan: StudentPlan): string[] {
  if (plan.skipped) throw new Error(`skipped: ${plan.reason}`);
  return plan.picks.map((p) => p.resourceId);
}

describe('planPicks', () => {
  it('matches word forms through the stemmer: "composting" meets "compost", "robots" meets "robotics"', () => {
    const [plan] = planPicks([student({ interests: ['Composting', 'robots'] })], [resource('r1', ['compost']), resource('r2', ['Robotics']), resource('r3', ['cooking'])], []);
    expect(picksOf(plan).sort()).toEqual(['r1', 'r2']);
  });

  it('ignores case, accents and punctuation in tags and answers', () => {
    const [plan] = planPicks([student({ interests: ['CAFÉ culture!'] })], [resource('r1', ['cafe-culture'])], []);
    expect(picksOf(plan)).toEqual(['r1']);
  });

  it('finds a tag inside a goal and quotes the goal as the reason', () => {
    const [plan] = planPicks([student({ goals: 'Find a summer internship. Make friends' })], [resource('r1', ['summer internships'])], []);
    expect(plan).toMatchObject({ skipped: false, picks: [{ resourceId: 'r1', reason: 'for your goal: find a summer internship' }] });
  });

  it('says which interest, career idea or survey answer a pick answers (K=4 here), in words a student can read', () => {
    const [plan] = planPicks(
      [student({ interests: ['composting'], careerPath: 'nurse', whyThisClass: 'My sister loves chemistry', whyThisSubject: 'Robots are cool' })],
      [resource('r1', ['compost']), resource('r2', ['nursing']), resource('r3', ['chemistry']), resource('r4', ['robotics'])],
      [],
      { picksPerEmail: 4 },
    );
    if (plan.skipped) throw new Error(plan.reason);
    expect(Object.fromEntries(plan.picks.map((p) => [p.resourceId, p.reason]))).toEqual({
      r1: "because you said you're interested in composting",
      r2: 'for your career idea: nurse',
      r3: 'because of what brought you to this class: my sister loves chemistry',
      r4: 'because of why this subject interests you: robots are cool',
    });
  });

  it('never picks a resource the student was sent (or whose send is unknown), by id or by the same link', () => {
    const resources = [resource('r1', ['art']), resource('r2', ['art']), resource('r3', ['art']), resource('r4', ['art'])];
    const log = [sent('stu-1', 'r1'), sent('stu-1', 'r2', 'unknown'), sent('stu-1', 'old-id', 'sent', 'https://example.org/r3'), sent('stu-1', 'r4', 'failed'), sent('stu-2', 'r4')];
    const [plan] = planPicks([student({ interests: ['art'] })], resources, log);
    expect(picksOf(plan)).toEqual(['r4']);
  });

  it('never picks an inactive resource, one without an id, or one whose link is not https', () => {
    const resources = [
      resource('r1', ['art'], { active: false }),
      resource('', ['art']),
      resource('r3', ['art'], { url: 'javascript:alert(1)' }),
      resource('r4', ['art'], { url: 'http://example.org/plain' }),
      resource('r5', [' , '], {}),
    ];
    const [plan] = planPicks([student({ interests: ['art'] })], resources, []);
    expect(plan).toMatchObject({ skipped: true, code: 'nothing-new', reason: 'nothing new matches' });
  });

  it('prefers the student\'s preferred type and asked-for level, and says so', () => {
    const resources = [resource('r1', ['space']), resource('r2', ['space'], { type: 'video' }), resource('r3', ['space'], { level: 'challenge' })];
    const [plan] = planPicks([student({ interests: ['space'], preferredTypes: ['videos'] })], resources, [], { picksPerEmail: 1 });
    expect(plan).toMatchObject({ picks: [{ resourceId: 'r2', reason: "because you said you're interested in space (it's a video, a kind you said helps you)" }] });
    const [challenged] = planPicks([student({ interests: ['space'], howWeCanHelp: 'I want more of a challenge' })], resources, [], { picksPerEmail: 1 });
    expect(challenged).toMatchObject({ picks: [{ resourceId: 'r3', reason: "because you said you're interested in space (it's at the challenge level you asked for)" }] });
  });

  it('spreads K picks over the student\'s interests rather than taking K on one tag', () => {
    const resources = [resource('a1', ['music']), resource('a2', ['music']), resource('a3', ['music']), resource('b1', ['soccer']), resource('c1', ['chess'])];
    const [plan] = planPicks([student({ interests: ['music', 'soccer', 'chess'] })], resources, []);
    expect(picksOf(plan).sort()).toEqual(['a1', 'b1', 'c1']);
  });

  it('takes K from the teacher (default 3, at most 10)', () => {
    const resources = Array.from({ length: 12 }, (_, i) => resource(`r${String(i).padStart(2, '0')}`, ['art']));
    const plan = (k?: number) => picksOf(planPicks([student({ interests: ['art'] })], resources, [], { picksPerEmail: k })[0]);
    expect(plan()).toHaveLength(3);
    expect(plan(1)).toHaveLength(1);
    expect(plan(50)).toHaveLength(10);
  });

  it('skips a student with nothing new, or fills with general resources when the teacher asked', () => {
    const resources = [resource('r1', ['art']), resource('r2', ['cooking'], { type: 'video' }), resource('r3', ['chess'])];
    const someone = student({ interests: ['robots'], preferredTypes: ['video'] });
    expect(planPicks([someone], resources, [])[0]).toMatchObject({ skipped: true, reason: 'nothing new matches' });
    const [filled] = planPicks([someone], resources, [], { fillWithGeneral: true, picksPerEmail: 2 });
    expect(filled).toMatchObject({ skipped: false, picks: [{ resourceId: 'r2', general: true }, { resourceId: 'r1', general: true }] });
    if (!filled.skipped) expect(filled.picks[0].reason).toBe("a general pick from your teacher's library (it's a video, a kind you said helps you)");
  });

  it('skips opted-out students, unusable addresses and students with nothing to match, each with its reason', () => {
    const resources = [resource('r1', ['art'])];
    const plans = planPicks(
      [student({ id: 'a', optOut: true, interests: ['art'] }), student({ id: 'b', emailUsable: false, email: 'not-an-email', interests: ['art'] }), student({ id: 'c' })],
      resources,
      [],
    );
    expect(plans).toEqual([
      { studentId: 'a', skipped: true, code: 'opted-out', reason: 'opted out of these emails' },
      { studentId: 'b', skipped: true, code: 'no-email', reason: '"not-an-email" is not a usable email address (malformed, or the same as another student\'s)' },
      { studentId: 'c', skipped: true, code: 'no-profile', reason: 'no interests, career path or goals to match yet' },
    ]);
  });

  const tags = ['art', 'music', 'chess', 'space', 'robotics', 'compost', 'nursing'];
  const arbStudent = fc.record({
    id: fc.constantFrom('s1', 's2', 's3'),
    interests: fc.subarray(tags),
    careerPath: fc.constantFrom('', 'nurse', 'robot engineer'),
    goals: fc.constantFrom('', 'learn about space', 'play music'),
    preferredTypes: fc.subarray(['video', 'article', 'event']),
  });
  const arbResource = fc.record({
    id: fc.stringMatching(/^r[0-9]{1,3}$/),
    title: fc.constant('T'),
    url: fc.constantFrom('https://example.org/a', 'https://example.org/b', 'javascript:x', 'https://example.org/c'),
    type: fc.constantFrom('video', 'article', 'event'),
    tags: fc.subarray(tags, { minLength: 1 }),
    level: fc.constantFrom('intro', 'challenge'),
    active: fc.boolean(),
  });
  const arbSent = fc.record({ studentId: fc.constantFrom('s1', 's2', 's3'), resourceId: fc.stringMatching(/^r[0-9]{1,3}$/), status: fc.constantFrom('sent', 'unknown', 'failed', 'planned') });

  it('property: never a sent, inactive or non-https resource, never one resource or link twice in an email, at most K, and the same plan for the same inputs in any resource order', () => {
    fc.assert(
      fc.property(fc.array(arbStudent, { maxLength: 4 }), fc.uniqueArray(arbResource, { selector: (r) => r.id, maxLength: 20 }), fc.array(arbSent, { maxLength: 20 }), fc.integer({ min: 1, max: 5 }), fc.boolean(), (students, resources, log, k, fill) => {
        const plans = planPicks(students, resources, log, { picksPerEmail: k, fillWithGeneral: fill });
        const again = planPicks(students, [...resources].reverse(), [...log].reverse(), { picksPerEmail: k, fillWithGeneral: fill });
        expect(again).toEqual(plans);
        plans.forEach((plan, i) => {
          if (plan.skipped) return;
          const ids = plan.picks.map((p) => p.resourceId);
          expect(new Set(ids).size).toBe(ids.length);
          expect(new Set(plan.picks.map((p) => p.url)).size).toBe(ids.length);
          expect(ids.length).toBeLessThanOrEqual(k);
          for (const pick of plan.picks) {
            const source = resources.find((r) => r.id === pick.resourceId)!;
            expect(source.active).toBe(true);
            expect(source.url.startsWith('https://')).toBe(true);
            const received = log.some((e) => e.studentId === students[i].id && (e.status === 'sent' || e.status === 'unknown') && e.resourceId === pick.resourceId);
            expect(received).toBe(false);
            expect(pick.reason).not.toBe('');
          }
        });
      }),
      { numRuns: 300 },
    );
  });
});
