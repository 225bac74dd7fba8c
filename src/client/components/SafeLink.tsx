// A link from sheet data: clickable only when it is an http(s) URL, otherwise shown as plain text.
import { isSafeUrl } from '../../core/resources';

interface SafeLinkProps {
  url: string;
  text: string;
}

export function SafeLink({ url, text }: SafeLinkProps) {
  // A javascript: or data: URL (or one hiding its host behind a user name) typed into the sheet must never become a live link: core's rule, as for sending.
  if (!isSafeUrl(url.trim())) return <span>{text}</span>;
  return (
    <a href={url} target="_blank" rel="noopener noreferrer">
      {text}
    </a>
  );
}
