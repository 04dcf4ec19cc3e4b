import { KeyboardEvent } from 'react';

export interface Tab<K extends string> {
  key: K;
  label: string;
}

interface TabsProps<K extends string> {
  label: string;
  tabs: Tab<K>[];
  selected: K;
  onSelect: (key: K) => void;
  /** Ids for aria-controls / aria-labelledby: tab `${idBase}-tab-${key}`, panel `${idBase}-panel`. */
  idBase: string;
}

/** A tab list (arrow keys move between tabs); the caller renders the panel with `tabPanelProps`. */
export function Tabs<K extends string>({ label, tabs, selected, onSelect, idBase }: TabsProps<K>) {
  function onKeyDown(event: KeyboardEvent) {
    const index = tabs.findIndex((t) => t.key === selected);
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) {
      return;
    }
    event.preventDefault();
    const next = tabs[(index + step + tabs.length) % tabs.length];
    onSelect(next.key);
    document.getElementById(`${idBase}-tab-${next.key}`)?.focus();
  }
  return (
    <div role="tablist" aria-label={label} className="tabs" onKeyDown={onKeyDown}>
      {tabs.map((tab) => (
        <button
          key={tab.key}
          id={`${idBase}-tab-${tab.key}`}
          type="button"
          role="tab"
          aria-selected={tab.key === selected}
          aria-controls={`${idBase}-panel`}
          tabIndex={tab.key === selected ? 0 : -1}
          className="tab"
          onClick={() => onSelect(tab.key)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}

export function tabPanelProps(idBase: string, selected: string) {
  return { id: `${idBase}-panel`, role: 'tabpanel', 'aria-labelledby': `${idBase}-tab-${selected}` } as const;
}
