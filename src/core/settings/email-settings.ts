// The email settings section: template, news, picks per email and the top-up choice, checked as the Email panel saves them.
import { DEFAULT_EMAIL_SETTINGS, validateEmailSettings } from '../email/settings';
import type { EmailSettings, EmailSettingsInput } from '../email/types';
import type { SettingsSection } from './section';

export const EMAIL_SETTINGS: SettingsSection<EmailSettings> = {
  name: 'email',
  label: 'email settings',
  version: 1,
  defaults: DEFAULT_EMAIL_SETTINGS,
  validate: (value) => validateEmailSettings((value ?? {}) as EmailSettingsInput),
};
