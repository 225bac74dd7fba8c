// Everything below the header once the state has loaded: set-up, roster problems, and the three tabs.
import type { SidebarState } from '../../shared/rpc';
import { needsSetupPanel, rosterIsEmpty } from '../logic/sidebar-state';
import { DashboardPanel } from './DashboardPanel';
import { EmailPanel } from './EmailPanel';
import { GeneralProblems } from './GeneralProblems';
import { LibraryGaps } from './LibraryGaps';
import { ResourceForm } from './ResourceForm';
import { RosterProblems } from './RosterProblems';
import { SetupPanel } from './SetupPanel';
import { StudentPanel } from './StudentPanel';
import { SurveyPanel } from './SurveyPanel';
import { Tabs, type TabDefinition } from './Tabs';

export type TabId = 'student' | 'class' | 'resources' | 'survey' | 'email';

interface SidebarBodyProps {
  state: SidebarState;
  tab: TabId;
  onTab: (tab: TabId) => void;
  busy: boolean;
  setup: { busy: boolean; error: string | null };
  onSetup: () => void;
  selection: { busy: boolean; error: string | null };
  onRefresh: () => void;
  onLogged: (state: SidebarState, name: string) => void;
  onWindowSaved: (state: SidebarState) => void;
  onChooseStudent: (studentId: string) => void;
  onStatus: (message: string) => void;
}

export function SidebarBody(props: SidebarBodyProps) {
  const { state } = props;
  const tabs: TabDefinition<TabId>[] = [
    {
      id: 'student',
      label: 'Student',
      panel: (
        <StudentPanel
          card={state.selected}
          rosterEmpty={rosterIsEmpty(state)}
          today={state.dashboard?.asOf}
          refreshing={props.selection.busy}
          selectionError={props.selection.error}
          onRefresh={props.onRefresh}
          onLogged={props.onLogged}
        />
      ),
    },
    {
      id: 'class',
      label: 'Class',
      panel: (
        <DashboardPanel
          dashboard={state.dashboard}
          windowDays={state.settings.checkInWindowDays}
          busy={props.busy}
          onWindowSaved={props.onWindowSaved}
          onChooseStudent={props.onChooseStudent}
        />
      ),
    },
    {
      id: 'resources',
      label: 'Resources',
      panel: (
        <>
          <ResourceForm onAdded={props.onStatus} />
          <LibraryGaps active={props.tab === 'resources'} />
        </>
      ),
    },
    { id: 'survey', label: 'Survey', panel: <SurveyPanel active={props.tab === 'survey'} onStatus={props.onStatus} /> },
    {
      id: 'email',
      label: 'Email',
      panel: <EmailPanel active={props.tab === 'email'} student={state.selected && state.selected.id ? { id: state.selected.id, name: state.selected.name } : null} onStatus={props.onStatus} />,
    },
  ];
  return (
    <>
      {needsSetupPanel(state) && (
        <SetupPanel
          setupNeeded={state.setupNeeded}
          problems={state.structureProblems}
          busy={props.setup.busy}
          error={props.setup.error}
          onSetup={props.onSetup}
          onRetry={props.onSetup}
        />
      )}
      <GeneralProblems problems={state.settingsProblems.map((problem) => problem.message)} />
      <RosterProblems problems={state.rosterProblems} />
      {!state.setupNeeded && <Tabs tabs={tabs} selected={props.tab} onSelect={props.onTab} />}
      {/* Co-teachers share one sheet: say whose check-ins these will be. */}
      {state.userEmail && <p class="meta footer">Signed in as {state.userEmail}</p>}
    </>
  );
}
