// A button that stays focusable while its call runs: `disabled` would drop keyboard focus to the page body, so it is aria-disabled and ignores presses instead.
import type { ComponentChildren } from 'preact';

interface BusyButtonProps {
  busy: boolean;
  /** The button's look: 'primary', 'secondary' or 'link-button'. */
  class: string;
  type?: 'button' | 'submit';
  onClick?: () => void;
  children: ComponentChildren;
}

export function BusyButton({ busy, class: className, type = 'button', onClick, children }: BusyButtonProps) {
  const press = (event: Event) => {
    // A press while busy does nothing, and a submit button's press (Enter in a field included) submits nothing.
    if (busy) event.preventDefault();
    else onClick?.();
  };
  return (
    <button type={type} class={className} aria-disabled={busy ? 'true' : undefined} onClick={press}>
      {children}
    </button>
  );
}
