// The email's public API for the sidebar and the send engine: settings, template checks and rendering.
export { renderEmail, type EmailTemplate, type RenderedEmail } from './render';
export { DEFAULT_EMAIL_SETTINGS, validateEmailSettings } from './settings';
export { placeholderList } from './placeholders';
export type { EmailPick } from './blocks';
