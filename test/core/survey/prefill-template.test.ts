// Each student's pre-filled link from one FormApp-built template: markers swapped for encoded names, blanks left out, the rest kept.
import { linkFromTemplate, PREFILL_MARKERS } from '../../../src/core/survey/prefill-template';

const FORM = 'https://docs.google.com/forms/d/e/1FAIpQLSf_abc/viewform';
const TEMPLATE = `${FORM}?usp=pp_url&entry.1001=${PREFILL_MARKERS.firstName}&entry.1002=${PREFILL_MARKERS.lastName}`;

describe('linkFromTemplate', () => {
  it('puts each student\'s names where the markers were, percent-encoded', () => {
    expect(linkFromTemplate(TEMPLATE, { firstName: 'Ana María', lastName: "O'Brien" })).toBe(`${FORM}?usp=pp_url&entry.1001=Ana%20Mar%C3%ADa&entry.1002=O'Brien`);
  });

  it('keeps names that look like URL syntax inside their own parameter', () => {
    const link = linkFromTemplate(TEMPLATE, { firstName: 'a&entry.9=x#y?z=%', lastName: '😀 <b>' });
    const query = link.slice(link.indexOf('?') + 1).split('&');
    expect(query).toEqual(['usp=pp_url', `entry.1001=${encodeURIComponent('a&entry.9=x#y?z=%')}`, `entry.1002=${encodeURIComponent('😀 <b>')}`]);
    expect(decodeURIComponent(query[1].split('=')[1])).toBe('a&entry.9=x#y?z=%');
  });

  it('leaves out a blank name, as FormApp leaves out an unanswered question, and trims the others', () => {
    expect(linkFromTemplate(TEMPLATE, { firstName: '  Sam ', lastName: ' ' })).toBe(`${FORM}?usp=pp_url&entry.1001=Sam`);
    expect(linkFromTemplate(TEMPLATE, { firstName: '', lastName: '' })).toBe(`${FORM}?usp=pp_url`);
  });

  it('keeps a template without markers or without a query as FormApp wrote it', () => {
    expect(linkFromTemplate(`${FORM}?usp=pp_url`, { firstName: 'Sam', lastName: 'Lee' })).toBe(`${FORM}?usp=pp_url`);
    expect(linkFromTemplate(FORM, { firstName: 'Sam', lastName: 'Lee' })).toBe(FORM);
  });

  it('does not take a student named like a marker for one in another template', () => {
    const first = linkFromTemplate(TEMPLATE, { firstName: PREFILL_MARKERS.lastName, lastName: 'Lee' });
    expect(first).toBe(`${FORM}?usp=pp_url&entry.1001=${PREFILL_MARKERS.lastName}&entry.1002=Lee`);
  });
});
