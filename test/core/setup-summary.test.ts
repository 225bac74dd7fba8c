// The set-up toast: what was created, added or fixed, or that nothing changed.
import { describeSetup } from '../../src/core/setup-summary';

describe('describeSetup', () => {
  it('says nothing changed on a second run', () => {
    expect(describeSetup({ createdTabs: [], addedColumns: [], unchangedTabs: ['Students'] })).toBe('Your class is already set up; nothing was changed.');
  });

  it('lists created tabs, added columns, protections and ids', () => {
    const text = describeSetup({
      createdTabs: ['Students', 'Resources', 'Check-ins'],
      addedColumns: [{ tab: 'Sent log', column: 'Status' }],
      unchangedTabs: [],
      protectedTabs: ['Sent log'],
      assignedStudentIds: 3,
      assignedResourceIds: 1,
    });
    expect(text).toBe('Rapport created the Students, Resources and Check-ins tabs; added Status (Sent log); protected Sent log again; gave 3 students an ID; gave 1 resource an ID.');
  });
});
