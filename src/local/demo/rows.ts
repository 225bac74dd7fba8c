// The demo's rows, keyed by the header each value belongs under (the tabs' headers as setupClass creates them).

/** One row to seed: header → value as the teacher would type it. */
export type DemoRow = Record<string, string>;

export const TAB_STUDENTS = 'Students';
export const TAB_RESOURCES = 'Resources';
export const TAB_CHECK_INS = 'Check-ins';

export const SECTIONS = ['Period 1', 'Period 3', 'Period 5'] as const;
