// The sidebar's root: loads the state in one call, then shows set-up, roster problems and the three tabs.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { SetupReport, SidebarState, StudentCard as Card } from '../shared/rpc';
import { ErrorNotice } from './components/ErrorNotice';
import { ProgressBar } from './components/ProgressBar';
import { SidebarBody, type TabId } from './components/SidebarBody';
import { STUDENT_CARD_HEADING_ID } from './components/StudentCard';
import { useSelectionPoll } from './hooks/use-selection-poll';
import { useServerCall } from './hooks/use-server-call';
import { describeSetup } from '../core/setup-summary';
import { needsSetupPanel, withSelected } from './logic/sidebar-state';
import { callServer } from './rpc';

export function App() {
  const [state, setState] = useState<SidebarState | null>(null);
  const [tab, setTab] = useState<TabId>('student');
  const [status, setStatus] = useState('');
  const [focusCard, setFocusCard] = useState(0);
  const [focusTabsAfterSetup, setFocusTabsAfterSetup] = useState(false);
  const load = useServerCall<SidebarState>();
  const setup = useServerCall<SetupReport>();
  const selection = useServerCall<Card | null>();

  const reload = useCallback(() => load.run(() => callServer('getSidebarState'), setState), [load.run]);
  useEffect(() => {
    // Only the first render loads; later reloads are explicit (set-up); saving the window or a check-in answers with the new state.
    void reload();
  }, []);

  // Only the newest selection call may set the card: a poll that answers after a dashboard choice is stale.
  const selectionCalls = useRef(0);
  const readSelection = (options: { quiet?: boolean }) => {
    const call = ++selectionCalls.current;
    const showIfNewest = (card: Card | null) => {
      if (call === selectionCalls.current) showCard(card);
    };
    void selection.run(() => callServer('getSelectedStudent'), showIfNewest, options);
  };
  const showCard = (card: Card | null) => setState((current) => (current ? withSelected(current, card) : current));
  const pollSelection = () => readSelection({ quiet: true });
  const refreshSelection = () => readSelection({});
  useSelectionPoll(state !== null && !state.setupNeeded && tab === 'student', pollSelection);

  useEffect(() => {
    if (focusCard > 0) document.getElementById(STUDENT_CARD_HEADING_ID)?.focus();
  }, [focusCard]);

  // Set-up's button goes away with its panel once the class is whole: the keyboard lands on the tabs that replace it, not on the page body.
  useEffect(() => {
    if (!focusTabsAfterSetup || state === null || load.busy) return;
    setFocusTabsAfterSetup(false);
    if (!needsSetupPanel(state)) document.getElementById(`tab-${tab}`)?.focus();
  }, [focusTabsAfterSetup, state, load.busy]);

  const runSetup = () =>
    void setup.run(
      () => callServer('setupClass'),
      (report) => {
        setStatus(describeSetup(report));
        setFocusTabsAfterSetup(true);
        void reload();
      },
    );

  const windowSaved = (next: SidebarState) => {
    setState(next);
    setStatus(`The Class tab now counts the last ${next.settings.checkInWindowDays} days, for everyone who uses this sheet.`);
  };

  const chooseStudent = (studentId: string) => {
    selectionCalls.current++;
    void selection.run(
      () => callServer('selectStudent', studentId),
      (card) => {
        showCard(card);
        setTab('student');
        setStatus(card ? `Selected ${card.name} (row ${card.row}).` : 'That student is no longer on the roster.');
        setFocusCard((n) => n + 1);
      },
    );
  };

  const checkInLogged = (next: SidebarState, name: string) => {
    setState(next);
    setStatus(`Check-in with ${name} logged.`);
  };

  return (
    <main aria-busy={load.busy}>
      <header class="header">
        <h1>Rapport</h1>
        <ProgressBar />
      </header>
      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
      <ErrorNotice message={load.error} action="Could not load Rapport" onRetry={load.retry} busy={load.busy} />
      {state === null ? (
        !load.error && <p class="empty">Loading your class…</p>
      ) : (
        <SidebarBody
          state={state}
          tab={tab}
          onTab={setTab}
          busy={load.busy || selection.busy}
          setup={setup}
          onSetup={runSetup}
          selection={selection}
          onRefresh={refreshSelection}
          onLogged={checkInLogged}
          onWindowSaved={windowSaved}
          onChooseStudent={chooseStudent}
          onStatus={setStatus}
        />
      )}
    </main>
  );
}
