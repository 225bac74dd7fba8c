// The addresses of a local form: editor, published (respondent) page, and pre-filled links.

/** Real published ids differ from form ids and start with "1FAIpQL"; the local one embeds the form id. */
const PUBLISHED_PREFIX = '1FAIpQLSf_';

/** Models Form.getEditUrl [C]: https://docs.google.com/forms/d/<id>/edit. */
export function editUrl(formId: string): string {
  return `https://docs.google.com/forms/d/${formId}/edit`;
}

/** Models Form.getPublishedUrl [C]: https://docs.google.com/forms/d/e/<published id>/viewform. */
export function publishedUrl(formId: string): string {
  return `https://docs.google.com/forms/d/e/${PUBLISHED_PREFIX}${formId}/viewform`;
}

/**
 * The URL Spreadsheet.getFormUrl and Sheet.getFormUrl give: the form's respondent page under its
 * own id [U: the exact form is not documented]; FormApp.openByUrl takes it back.
 */
export function formUrl(formId: string): string {
  return `https://docs.google.com/forms/d/${formId}/viewform`;
}

/** The form id behind an edit or published URL of a local form, or null. */
export function formIdFromUrl(url: string): string | null {
  const published = /\/forms\/d\/e\/([^/?#]+)/.exec(url);
  if (published) return published[1].startsWith(PUBLISHED_PREFIX) ? published[1].slice(PUBLISHED_PREFIX.length) : null;
  const edit = /\/forms\/d\/([^/?#]+)/.exec(url);
  return edit ? edit[1] : null;
}

/**
 * Models FormResponse.toPrefilledUrl [C]: the published page with `usp=pp_url` and one
 * `entry.<entry id>=<value>` per answer, repeated for each box of a checkbox answer [P]. The entry
 * id is the item's own (FormItemState.entryId), not getId(): a link built by hand from getId()
 * pre-fills nothing, live as locally (APPS_SCRIPT_FACTS.md, "Forms").
 * Values are percent-encoded (encodeURIComponent) [U: Google may write spaces as '+'].
 */
export function prefilledUrl(formId: string, answers: readonly { entryId: number; answer: string | string[] }[]): string {
  const params = ['usp=pp_url'];
  for (const { entryId, answer } of answers) {
    for (const value of Array.isArray(answer) ? answer : [answer]) params.push(`entry.${entryId}=${encodeURIComponent(value)}`);
  }
  return `${publishedUrl(formId)}?${params.join('&')}`;
}

/** Models FormResponse.getEditResponseUrl [C]: the published page with `edit2=<key>` [P: the key's form is Google's own]. */
export function editResponseUrl(formId: string, responseId: string): string {
  return `${publishedUrl(formId)}?edit2=${encodeURIComponent(responseId)}`;
}
