// A link from sheet data: clickable only when it is an http(s) URL, otherwise shown as plain text.
import { isWebUrl } from '../logic/validation';

interface SafeLinkProps {
  url: string;
  text: string;
}

export function SafeLink({ url, text }: SafeLinkProps) {
  // A javascript: or data: URL typed into the sheet must never become a live link in the sidebar.
  if (!isWebUrl(url)) return <span>{text}</span>;
  return (
    <a href={url} target="_blank" rel="noopener noreferrer">
      {text}
    </a>
  );
}
