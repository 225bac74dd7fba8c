// The library's gaps: interests and careers with nothing unsent, counted per student, and who the next cycle would skip.
import { libraryGaps } from '../../../src/core/matching';
import { resource, sent, student } from './fixtures';

describe('libraryGaps', () => {
  it('counts students per interest or career with no unsent resource, most first, and lists who would be skipped', () => {
    const resources = [resource('r1', ['art']), resource('r2', ['composting'])];
    const students = [
      student({ id: 'a', name: 'A', interests: ['Robotics', 'art'] }),
      student({ id: 'b', name: 'B', interests: ['robots'], careerPath: 'pilot' }),
      student({ id: 'c', name: 'C', interests: ['compost'] }),
      student({ id: 'd', name: 'D', interests: ['robotics'], optOut: true }),
    ];
    const gaps = libraryGaps(students, resources, [sent('c', 'r2')]);
    expect(gaps.topics).toEqual([
      { label: 'Robotics', kind: 'interest', students: 2, resources: 0 },
      { label: 'compost', kind: 'interest', students: 1, resources: 1 },
      { label: 'pilot', kind: 'career', students: 1, resources: 0 },
    ]);
    expect(gaps.skipped).toEqual([
      { studentId: 'b', name: 'B', reason: 'nothing new matches' },
      { studentId: 'c', name: 'C', reason: 'nothing new matches' },
      { studentId: 'd', name: 'D', reason: 'opted out of these emails' },
    ]);
  });

  it('finds no gap when every named interest has something unsent', () => {
    const gaps = libraryGaps([student({ interests: ['art'] })], [resource('r1', ['arts'])], []);
    expect(gaps).toEqual({ topics: [], skipped: [] });
  });
});
