import type { CrisisResource } from '@hearth/contract';
import { useEffect, useRef } from 'react';
import { TextField } from '../../../lib/forms';

/** One row being edited: every field as typed (empty means "not given"), with a key that survives reordering. */
export interface ResourceDraft {
  key: number;
  name: string;
  phone: string;
  sms: string;
  smsBody: string;
  url: string;
}

export type ResourceField = 'name' | 'phone' | 'sms' | 'smsBody' | 'url';

export const RESOURCE_LABELS: Record<ResourceField, string> = {
  name: 'Name',
  phone: 'Number to call',
  sms: 'Number to text',
  smsBody: 'What the text says',
  url: 'Link',
};

export const MAX_RESOURCES = 12;

let nextKey = 1;

export function resourceDraft(r: Partial<CrisisResource> = {}): ResourceDraft {
  return {
    key: nextKey++,
    name: r.name ?? '',
    phone: r.phone ?? '',
    sms: r.sms ?? '',
    smsBody: r.smsBody ?? '',
    url: r.url ?? '',
  };
}

/** The resource as the server takes it: fields left empty are not sent. */
export function toResource(draft: ResourceDraft): CrisisResource {
  const resource: CrisisResource = { name: draft.name.trim() };
  for (const field of ['phone', 'sms', 'smsBody', 'url'] as const) {
    if (draft[field].trim()) {
      resource[field] = draft[field].trim();
    }
  }
  return resource;
}

interface EditorProps {
  rows: ResourceDraft[];
  onChange: (rows: ResourceDraft[]) => void;
  /** Errors by row index: for a field, or for the row as a whole (`row`). */
  errors: Record<number, Partial<Record<ResourceField | 'row', string>>>;
  listError?: string;
}

/** The program's crisis lines, in the order members see them: add, remove, reorder, edit in place. */
export function CrisisResourcesEditor({ rows, onChange, errors, listError }: EditorProps) {
  const added = useRef<number | null>(null);
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    if (added.current !== null) {
      list.current?.querySelector<HTMLInputElement>(`[data-row="${added.current}"] input`)?.focus();
      added.current = null;
    }
  }, [rows]);

  const update = (index: number, field: ResourceField, value: string) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, [field]: value } : row)));
  const move = (index: number, by: -1 | 1) => {
    const next = [...rows];
    [next[index], next[index + by]] = [next[index + by], next[index]];
    onChange(next);
  };
  const add = () => {
    const row = resourceDraft();
    added.current = row.key;
    onChange([...rows, row]);
  };

  return (
    <fieldset className="terms-fieldset">
      <legend>Crisis resources</legend>
      <p className="field-hint">
        Shown at once to anyone whose words read as a crisis, on the Get help page and beside every chat. The first
        three are in every page’s footer. Each needs a name and at least one way to reach it: a number to call, a number
        to text, or a link (https, or a tel: or sms: link).
      </p>
      {listError && <p className="field-error">{listError}</p>}
      <ol className="resource-rows" ref={list}>
        {rows.map((row, i) => {
          const rowErrors = errors[i] ?? {};
          const title = row.name.trim() || `resource ${i + 1}`;
          return (
            <li key={row.key} data-row={row.key}>
              <fieldset className="terms-fieldset">
                <legend>Resource {i + 1}</legend>
                {(['name', 'phone', 'sms', 'smsBody', 'url'] as const).map((field) => (
                  <TextField
                    key={field}
                    label={RESOURCE_LABELS[field]}
                    value={row[field]}
                    onChange={(e) => update(i, field, e.target.value)}
                    error={rowErrors[field]}
                    inputMode={field === 'phone' || field === 'sms' ? 'tel' : field === 'url' ? 'url' : undefined}
                    hint={
                      field === 'smsBody' ? 'Optional: a word that starts the conversation, such as HOME' : undefined
                    }
                  />
                ))}
                {rowErrors.row && <p className="field-error">{rowErrors.row}</p>}
                <div className="actions">
                  <button
                    type="button"
                    className="button button-secondary"
                    aria-label={`Move ${title} up`}
                    disabled={i === 0}
                    onClick={() => move(i, -1)}
                  >
                    Up
                  </button>
                  <button
                    type="button"
                    className="button button-secondary"
                    aria-label={`Move ${title} down`}
                    disabled={i === rows.length - 1}
                    onClick={() => move(i, 1)}
                  >
                    Down
                  </button>
                  <button
                    type="button"
                    className="button button-secondary"
                    aria-label={`Remove ${title}`}
                    disabled={rows.length === 1}
                    onClick={() => onChange(rows.filter((_, j) => j !== i))}
                  >
                    Remove
                  </button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <div className="actions">
        <button type="button" className="button button-secondary" disabled={rows.length >= MAX_RESOURCES} onClick={add}>
          Add a resource
        </button>
      </div>
    </fieldset>
  );
}
