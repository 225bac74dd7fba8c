// A pre-filled survey link for every student from one link FormApp built: the marker answers in it are swapped for each student's own.

/**
 * What FormApp is asked to pre-fill once per run in place of a student's name. Letters only, so
 * that however Forms encodes an answer ('+' or '%20' for a space) the marker reads the same in
 * the link, and no real name is mistaken for one.
 */
export const PREFILL_MARKERS = { firstName: 'RapportPrefillFirstName', lastName: 'RapportPrefillLastName' } as const;

export type PrefillColumn = keyof typeof PREFILL_MARKERS;

/**
 * The template with each marker's value replaced by the student's answer, percent-encoded; a marker
 * whose answer is blank is left out, as FormApp leaves out a question with no answer. Anything else
 * in the link (the Form's address, `usp=pp_url`) is kept as FormApp wrote it.
 */
export function linkFromTemplate(template: string, answers: Readonly<Record<PrefillColumn, string>>): string {
  const query = template.indexOf('?');
  if (query < 0) return template;
  const byMarker = new Map<string, string>(Object.entries(PREFILL_MARKERS).map(([column, marker]) => [marker, answers[column as PrefillColumn].trim()]));
  const params = template
    .slice(query + 1)
    .split('&')
    .flatMap((param) => {
      const equals = param.indexOf('=');
      const answer = equals < 0 ? undefined : byMarker.get(param.slice(equals + 1));
      if (answer === undefined) return [param];
      return answer === '' ? [] : [`${param.slice(0, equals + 1)}${encodeURIComponent(answer)}`];
    });
  return `${template.slice(0, query)}?${params.join('&')}`;
}
