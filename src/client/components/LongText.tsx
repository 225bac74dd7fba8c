// Student text that may run to thousands of characters (a cell holds 50,000): its start, and a button that shows all of it.
import { cutText } from '../../core/text-cut';
import { useState } from 'preact/hooks';

/** About five lines at 300 px: enough to recognise the text without pushing the check-in form out of reach. */
export const PREVIEW_CHARACTERS = 280;
/** Text only a little longer than the preview is shown whole: a button to reveal a few words is not worth it. */
const SLACK = 60;

export function LongText({ text }: { text: string }) {
  const [open, setOpen] = useState(false);
  if (text.length <= PREVIEW_CHARACTERS + SLACK) return <>{text}</>;
  return (
    <>
      {open ? text : `${preview(text)}…`}{' '}
      <button type="button" class="text-button" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? 'Show less' : `Show all ${text.length.toLocaleString('en-US')} characters`}
      </button>
    </>
  );
}

/** The first PREVIEW_CHARACTERS, never ending halfway through an emoji or other surrogate pair. */
function preview(text: string): string {
  return cutText(text, PREVIEW_CHARACTERS).trimEnd();
}
