// Pure updates of the sidebar's SidebarState, kept apart from components so they are testable.
import type { SidebarState, StudentCard } from '../../shared/rpc';

/**
 * The state with a new selected card. Returns the same object when nothing changed, so a poll
 * that finds the same student re-renders nothing.
 */
export function withSelected(state: SidebarState, card: StudentCard | null): SidebarState {
  if (JSON.stringify(state.selected) === JSON.stringify(card)) return state;
  return { ...state, selected: card };
}

/** The class is set up but the Students tab has no students: the dashboard has a bar per section, so none means nobody. */
export function rosterIsEmpty(state: SidebarState): boolean {
  return state.dashboard !== null && state.dashboard.sections.length === 0;
}

/** The tabs and the student card need the class's tabs; before set-up only the set-up panel shows. */
export function needsSetupPanel(state: SidebarState): boolean {
  return state.setupNeeded || state.structureProblems.length > 0;
}
