// Small students, resources and Sent log rows for the matching tests.
import type { MatchResource, MatchStudent, SentRecord } from '../../../src/core/matching';

export function student(overrides: Partial<MatchStudent> = {}): MatchStudent {
  return { id: 'stu-1', name: 'Ana Diaz', interests: [], careerPath: '', goals: '', preferredTypes: [], howWeCanHelp: '', optOut: false, emailUsable: true, email: 'ana@example.org', ...overrides };
}

export function resource(id: string, tags: string[], overrides: Partial<MatchResource> = {}): MatchResource {
  return { id, title: `Title ${id}`, url: `https://example.org/${id}`, type: 'article', tags, level: 'intro', active: true, ...overrides };
}

export function sent(studentId: string, resourceId: string, status = 'sent', url?: string): SentRecord {
  return { studentId, resourceId, status, ...(url ? { url } : {}) };
}
