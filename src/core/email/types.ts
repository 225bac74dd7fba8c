// The email's settings, previews and the library's gaps as the sidebar sees them: JSON-safe shapes owned by core.

/** The teacher's own news, shown in every email of the cycle; each field optional (blank leaves it out). */
export interface TeacherNews {
  professional: string;
  profound: string;
  personal: string;
}

/** The email as the teacher set it: template, news and how many picks per email. */
export interface EmailSettings {
  subject: string;
  body: string;
  news: TeacherNews;
  /** K, 1 to 10 (default 3). */
  picksPerEmail: number;
  /** Top up with general resources when fewer than K match, instead of skipping the student. */
  fillWithGeneral: boolean;
}

export interface EmailSettingsInput {
  subject: string;
  body: string;
  news?: Partial<TeacherNews>;
  picksPerEmail?: number;
  fillWithGeneral?: boolean;
}

/** What the Email panel draws: the settings and the placeholders a template may use. */
export interface EmailSettingsView extends EmailSettings {
  placeholders: string[];
}

export interface PreviewPick {
  resourceId: string;
  title: string;
  url: string;
  reason: string;
}

/** One student's email exactly as it would be sent, or why they would not be emailed. */
export type EmailPreview =
  | { skipped: false; studentName: string; to: string; subject: string; htmlBody: string; body: string; picks: PreviewPick[] }
  | { skipped: true; studentName: string; reason: string };

export interface TestEmailReport {
  to: string;
  message: string;
}

/** Where the library falls short before the next cycle (see src/core/matching/gaps.ts). */
export interface LibraryGapsView {
  /** Interests and career paths with nothing unsent, most students first. */
  topics: { label: string; kind: 'interest' | 'career'; students: number; resources: number }[];
  /** Students the next cycle would skip, and why. */
  skipped: { studentId: string; name: string; reason: string }[];
}
