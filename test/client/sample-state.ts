// A small, realistic SidebarState for sidebar tests against a fake server.
import type { Dashboard, SidebarState, StudentCard } from '../../src/shared/rpc';

export const HOSTILE_NAME = '<img src=x onerror=alert(1)>';

export function sampleCard(overrides: Partial<StudentCard> = {}): StudentCard {
  return {
    id: 'stu-maya',
    row: 5,
    name: 'Maya Okafor',
    email: 'maya.okafor@students.example.edu',
    section: 'Period 2',
    gradeOrMajor: 'Grade 10',
    interests: ['marine biology', 'soccer', 'composting'],
    careerPath: 'Oceanographer',
    preferredTypes: ['video', 'event'],
    goals: 'Understand how ecosystems recover',
    howWeCanHelp: 'Point me to summer programs',
    upcomingEvents: [{ label: 'Soccer regional final', date: '2026-11-26' }],
    lastCheckIn: { date: '2026-11-02', kind: 'greeting', note: 'Asked about the field trip' },
    daysSinceCheckIn: 21,
    resourcesSent: [{ title: 'Ocean Literacy Principles', url: 'https://oceanliteracy.example.org/', sentOn: '2026-11-09' }],
    ...overrides,
  };
}

export function sampleDashboard(overrides: Partial<Dashboard> = {}): Dashboard {
  return {
    windowDays: 14,
    asOf: '2026-11-23',
    sections: [
      { section: 'Period 2', students: 20, connected: 12, share: 0.6 },
      { section: 'Period 4', students: 18, connected: 3, share: 3 / 18 },
    ],
    longestWithout: [
      { id: 'stu-leo', name: 'Leo Park', section: 'Period 4', row: 30, daysSince: null },
      { id: 'stu-maya', name: 'Maya Okafor', section: 'Period 2', row: 5, daysSince: 21 },
    ],
    dueThisWeek: [
      { id: 'stu-maya', name: 'Maya Okafor', section: 'Period 2', row: 5, kind: 'event', label: 'Soccer regional final', date: '2026-11-26' },
      { id: 'stu-leo', name: 'Leo Park', section: 'Period 4', row: 30, kind: 'follow-up', label: 'Ask about the robotics club', date: '2026-11-24' },
    ],
    ...overrides,
  };
}

export function sampleState(overrides: Partial<SidebarState> = {}): SidebarState {
  return {
    userEmail: 'teacher@example.edu',
    timeZone: 'America/New_York',
    setupNeeded: false,
    structureProblems: [],
    rosterProblems: [],
    selected: sampleCard(),
    dashboard: sampleDashboard(),
    settings: { checkInWindowDays: 14 },
    settingsProblems: [],
    ...overrides,
  };
}
