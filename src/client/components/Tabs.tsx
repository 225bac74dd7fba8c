// Accessible tabs (WAI-ARIA tabs pattern): arrow keys, Home and End move between them.
import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';

export interface TabDefinition<K extends string> {
  id: K;
  label: string;
  panel: ComponentChildren;
}

interface TabsProps<K extends string> {
  tabs: readonly TabDefinition<K>[];
  selected: K;
  onSelect: (id: K) => void;
}

export function Tabs<K extends string>({ tabs, selected, onSelect }: TabsProps<K>) {
  const buttons = useRef<Record<string, HTMLButtonElement | null>>({});

  const move = (event: KeyboardEvent, index: number) => {
    const last = tabs.length - 1;
    const target = { ArrowRight: index === last ? 0 : index + 1, ArrowLeft: index === 0 ? last : index - 1, Home: 0, End: last }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    onSelect(tabs[target].id);
    buttons.current[tabs[target].id]?.focus();
  };

  return (
    <div class="tabs">
      <div role="tablist" aria-label="Rapport sections" class="tablist">
        {tabs.map((tab, index) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={`tab-${tab.id}`}
            aria-selected={tab.id === selected}
            aria-controls={`panel-${tab.id}`}
            tabIndex={tab.id === selected ? 0 : -1}
            ref={(element) => {
              buttons.current[tab.id] = element;
            }}
            onClick={() => onSelect(tab.id)}
            onKeyDown={(event) => move(event, index)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {/* Every panel stays mounted (hidden when not selected) so a half-typed form survives a tab switch. */}
      {tabs.map((tab) => (
        <div key={tab.id} role="tabpanel" id={`panel-${tab.id}`} aria-labelledby={`tab-${tab.id}`} hidden={tab.id !== selected} class="tabpanel">
          {tab.panel}
        </div>
      ))}
    </div>
  );
}
