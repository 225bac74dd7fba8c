// The Email panel's settings: read from the settings store, and saved only when every placeholder and field checks out.
import type { EmailSettingsInput, EmailSettingsView, Result } from '../../shared/rpc';
import { placeholderList, validateEmailSettings } from '../../core/email';
import type { EmailSettings } from '../../core/email/types';
import { EMAIL_SETTINGS } from '../../core/settings/email-settings';
import { readSettings, saveSettings } from '../settings-store';

function view(settings: EmailSettings): EmailSettingsView {
  return { ...settings, placeholders: placeholderList() };
}

/** The saved settings, or the defaults (a damaged value is named above the sidebar's tabs by the store). */
export function readEmailSettings(): EmailSettingsView {
  return view(readSettings().get(EMAIL_SETTINGS));
}

/** Checks the whole input first, so each bad placeholder is its own problem; then saves it as one value under the document lock. */
export function writeEmailSettings(input: EmailSettingsInput): Result<EmailSettingsView> {
  const checked = validateEmailSettings(input);
  if (!checked.ok) return checked;
  const saved = saveSettings(EMAIL_SETTINGS, checked.value);
  return saved.ok ? { ok: true, value: view(saved.value) } : saved;
}
