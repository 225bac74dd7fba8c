// The local ScriptApp: installable triggers with an editor add-on's rules, enums, the script id.
import type { ServiceContext } from '../runtime/context';
import { requireAuthMode } from './authorization';
import { SCOPE } from '../runtime/scopes';
import { triggerBuilder } from './trigger-builders';
import { SCRIPT_ENUMS, triggerObject } from './trigger-object';

/** A fixed id: the local workspace stands for one script project. */
export const LOCAL_SCRIPT_ID = '1RapportLocalScriptIdForTheInMemoryWorkspace00';

export type LocalScriptApp = Pick<
  GoogleAppsScript.Script.ScriptApp,
  | 'AuthMode'
  | 'AuthorizationStatus'
  | 'EventType'
  | 'InstallationSource'
  | 'TriggerSource'
  | 'WeekDay'
  | 'newTrigger'
  | 'getProjectTriggers'
  | 'getUserTriggers'
  | 'deleteTrigger'
  | 'getScriptId'
  | 'getAuthorizationInfo'
>;

/**
 * Models ScriptApp for an editor add-on (reference pages for ScriptApp, TriggerBuilder, Trigger
 * [C]). Triggers live in `ctx.state.triggers`; each belongs to the user who created it and runs as
 * them. getProjectTriggers and getUserTriggers list only the current user's triggers, as in Apps Script.
 */
export function createScriptApp(ctx: ServiceContext): LocalScriptApp {
  const call = (method: string) => ctx.exec.call(method);
  /** A call that touches the project's triggers: FULL only (authorization.ts). */
  const triggerCall = (method: string) => {
    call(method);
    requireAuthMode(ctx, 'FULL', method, SCOPE.triggers);
  };
  const mine = () => ctx.state.triggers.filter((trigger) => trigger.owner === ctx.user);
  return {
    ...SCRIPT_ENUMS,
    newTrigger(functionName: string) {
      triggerCall('ScriptApp.newTrigger');
      return triggerBuilder(ctx, call, functionName);
    },
    getProjectTriggers() {
      triggerCall('ScriptApp.getProjectTriggers');
      return mine().map((trigger) => triggerObject(ctx, trigger));
    },
    /** This user's triggers on one document; an add-on's clock triggers belong to their document. */
    getUserTriggers(document: { getId(): string }) {
      triggerCall('ScriptApp.getUserTriggers');
      const id = document.getId();
      return mine()
        .filter((trigger) => trigger.sourceId === id)
        .map((trigger) => triggerObject(ctx, trigger));
    },
    /** Removes this user's trigger with that uid; deleting one that is gone (or another user's) does nothing. */
    deleteTrigger(trigger: GoogleAppsScript.Script.Trigger) {
      triggerCall('ScriptApp.deleteTrigger');
      const uid = trigger.getUniqueId();
      ctx.state.triggers = ctx.state.triggers.filter((held) => held.uid !== uid || held.owner !== ctx.user);
    },
    getScriptId() {
      call('ScriptApp.getScriptId');
      return LOCAL_SCRIPT_ID;
    },
    /** Locally the add-on is always authorized: there is no consent screen to show. */
    getAuthorizationInfo() {
      call('ScriptApp.getAuthorizationInfo');
      return {
        getAuthorizationStatus: () => SCRIPT_ENUMS.AuthorizationStatus.NOT_REQUIRED,
        getAuthorizationUrl: () => null as unknown as string,
      };
    },
  };
}
