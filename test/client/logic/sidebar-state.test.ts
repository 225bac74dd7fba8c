// Tests the pure updates of the sidebar's state.
import { needsSetupPanel, rosterIsEmpty, withSelected } from '../../../src/client/logic/sidebar-state';
import { sampleCard, sampleDashboard, sampleState } from '../sample-state';

describe('sidebar state', () => {
  test('withSelected returns the same object when the card did not change, so a poll re-renders nothing', () => {
    const state = sampleState();
    expect(withSelected(state, sampleCard())).toBe(state);
  });

  test('withSelected replaces the card when the selection moved or cleared', () => {
    const state = sampleState();
    const leo = sampleCard({ id: 'stu-leo', name: 'Leo Park', row: 30 });
    expect(withSelected(state, leo)).toEqual({ ...state, selected: leo });
    expect(withSelected(state, null).selected).toBeNull();
    expect(state.selected?.id).toBe('stu-maya');
  });

  test('rosterIsEmpty only when the class is set up and has no student in any section', () => {
    expect(rosterIsEmpty(sampleState())).toBe(false);
    expect(rosterIsEmpty(sampleState({ dashboard: sampleDashboard({ sections: [], longestWithout: [], dueThisWeek: [] }) }))).toBe(true);
    expect(rosterIsEmpty(sampleState({ setupNeeded: true, dashboard: null }))).toBe(false);
  });

  test('needsSetupPanel when set-up has not run or a tab or column is missing', () => {
    expect(needsSetupPanel(sampleState())).toBe(false);
    expect(needsSetupPanel(sampleState({ setupNeeded: true }))).toBe(true);
    expect(needsSetupPanel(sampleState({ structureProblems: [{ tab: 'Students', column: 'Email', message: 'missing' }] }))).toBe(true);
  });
});
