// Merge-field privacy: only public profile columns may appear in an email template.
import { isMergeField, MERGE_FIELDS } from '../../src/core/merge-fields';
import { CHECK_INS, STUDENTS } from '../../src/core/schema';

describe('merge fields', () => {
  it('are exactly the public Students columns', () => {
    expect(MERGE_FIELDS.map((f) => f.key)).toEqual([
      'firstName', 'lastName', 'email', 'section', 'gradeOrMajor', 'interests', 'careerPath', 'preferredTypes', 'goals', 'howWeCanHelp', 'whyThisClass', 'whyThisSubject',
    ]);
  });

  it.each(['privateNotes', 'Private notes', 'PRIVATE NOTES', 'events', 'Important events', 'note', 'Note', 'id', 'optOut', 'Last check-in', 'surveyRecord', 'Survey record'])('refuses %s', (name) => {
    expect(isMergeField(name)).toBe(false);
  });

  it.each(['firstName', 'First name', 'first name', 'GOALS', 'How we can help', 'careerPath'])('accepts %s', (name) => {
    expect(isMergeField(name)).toBe(true);
  });

  it('marks notes, events and the check-in note private in the schema', () => {
    const privateStudent = STUDENTS.columns.filter((c) => c.visibility === 'private').map((c) => c.header);
    expect(privateStudent).toEqual(['Important events', 'Private notes']);
    expect(CHECK_INS.columns.find((c) => c.key === 'note')?.visibility).toBe('private');
  });
});
