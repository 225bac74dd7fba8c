// The add-on's entry points: every export here becomes a top-level function in dist/Code.js.
import type { CheckInInput, ResourceInput, Result, SetupReport, SidebarState, StudentCard, SurveyChaseReport, SurveyQuestion, SurveyState } from '../shared/rpc';
import { describeSetup } from '../core/setup-summary';
import { addResourceToLibrary } from './add-resource';
import { logCheckInForStudent } from './log-check-in';
import { buildMenu, openSidebar } from './menu';
import { runSetup } from './setup';
import { readSelectedStudent, readSidebarState, selectStudentById } from './sidebar';
import { chaseNonResponders } from './survey/chase';
import { createSurveyForm } from './survey/create';
import { resolveSurveyConflictFor } from './survey/resolve';
import { readSurveyState } from './survey/state';
import { syncResponses } from './survey/sync';

/** Simple trigger; may run in AuthMode.NONE, so it only builds the menu. */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu();
}

/** Runs once when the add-on is installed from the Marketplace; the menu must appear at once. */
export function onInstall(_e?: GoogleAppsScript.Events.AddonOnInstall): void {
  buildMenu();
}

export function showSidebar(): void {
  openSidebar();
}

/** Creates what the class needs (tabs, columns, validation, protection); a second run changes nothing. */
export function setupClass(): SetupReport {
  return runSetup();
}

/** The menu's "Set up class": runs set-up and says what it did in a toast, or why it could not in an alert. */
export function setupClassFromMenu(): void {
  let summary: string;
  try {
    summary = describeSetup(runSetup());
  } catch (error) {
    SpreadsheetApp.getUi().alert(`Rapport could not set up the class. ${error instanceof Error ? error.message : String(error)}`);
    return;
  }
  SpreadsheetApp.getActiveSpreadsheet().toast(summary, 'Rapport', 10);
}

export function getSidebarState(windowDays: number): SidebarState {
  return readSidebarState(windowDays);
}

export function getSelectedStudent(): StudentCard | null {
  return readSelectedStudent();
}

export function selectStudent(studentId: string): StudentCard | null {
  return selectStudentById(studentId);
}

export function logCheckIn(input: CheckInInput, windowDays: number): Result<SidebarState> {
  return logCheckInForStudent(input, windowDays);
}

export function addResource(input: ResourceInput): Result<{ id: string; row: number }> {
  return addResourceToLibrary(input);
}

/** Creates the survey Form; no argument means the default questions. */
export function createSurvey(questions?: SurveyQuestion[]): Result<{ formId: string; url: string }> {
  return createSurveyForm(questions);
}

export function getSurveyState(): SurveyState {
  return readSurveyState();
}

/** Merges every survey response not merged yet (those that came while the trigger was missing or failing); a second run changes nothing. */
export function syncSurveyResponses(): Result<{ merged: number; more: boolean }> {
  return syncResponses();
}

/**
 * The spreadsheet's form-submit trigger (installed by createSurvey). It merges every response not
 * merged yet from the Forms themselves, not the row in the event: two responses arriving together
 * both land, whichever execution runs first. A failure is thrown so that it shows in the
 * executions log; the response stays in the Form for the next run or sync.
 */
export function onSurveySubmit(_e?: GoogleAppsScript.Events.SheetsOnFormSubmit): void {
  const result = syncResponses();
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join(' '));
}

export function emailSurveyToNonResponders(): Result<SurveyChaseReport> {
  return chaseNonResponders();
}

export function resolveSurveyConflict(studentId: string, column: string, decision: 'accept' | 'dismiss'): Result<SurveyState> {
  return resolveSurveyConflictFor(studentId, column, decision);
}
