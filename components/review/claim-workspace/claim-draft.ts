// The claim form's unsaved text, kept across the live notice's reload (live-notice.tsx):
// stored per tab in sessionStorage under the claim's id, with the version it was typed on
// and what each changed field held then, put back once after the reload, dropped on save.

const fields = ['statement', 'kind', 'attribution', 'explanation', 'internalNotes'] as const;
type Field = (typeof fields)[number];
type Draft = { version: number; values: Partial<Record<Field, string>>; before: Partial<Record<Field, string>> };

const key = (claimId: string) => `claim-draft:${claimId}`;

type FormControl = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

function control(form: HTMLFormElement, name: Field): FormControl | null {
  const el = form.elements.namedItem(name);
  return el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement
    ? el
    : null;
}

/** What the field held when the page drew it. */
function initial(el: FormControl) {
  if (el instanceof HTMLSelectElement) {
    return [...el.options].find((o) => o.defaultSelected)?.value ?? el.options[0]?.value ?? '';
  }
  return el.defaultValue;
}

export function claimFormFor(claimId: string) {
  return document.querySelector<HTMLFormElement>(`form[data-claim-form="${CSS.escape(claimId)}"]`);
}

/** Keeps the fields the user changed; returns how many there were. */
export function keepDraft(form: HTMLFormElement, claimId: string, version: number) {
  const draft: Draft = { version, values: {}, before: {} };
  for (const name of fields) {
    const el = control(form, name);
    if (el && el.value !== initial(el)) {
      draft.values[name] = el.value;
      draft.before[name] = initial(el);
    }
  }
  const count = Object.keys(draft.values).length;
  if (count > 0) sessionStorage.setItem(key(claimId), JSON.stringify(draft));
  return count;
}

/**
 * Puts a kept draft back into the form, once. Returns null when there was none; otherwise
 * whether someone else also changed one of the same fields (then the form keeps the old
 * version, so that saving shows their text beside the user's before it overwrites).
 */
export function restoreDraft(form: HTMLFormElement, claimId: string) {
  const raw = sessionStorage.getItem(key(claimId));
  if (!raw) return null;
  sessionStorage.removeItem(key(claimId));
  let draft: Draft;
  try {
    draft = JSON.parse(raw) as Draft;
  } catch {
    return null;
  }
  let overlap = false;
  for (const name of fields) {
    const value = draft.values[name];
    const el = control(form, name);
    if (typeof value !== 'string' || !el) continue;
    if (initial(el) !== draft.before[name] && initial(el) !== value) overlap = true;
    el.value = value;
  }
  return { version: draft.version, overlap };
}

export function dropDraft(claimId: string) {
  sessionStorage.removeItem(key(claimId));
}
