import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from 'react';

// A labelled field with its error next to it, announced to screen readers.
// `id` defaults to `name`; pass one when a page has two forms with the same field names.
type Common = { label: string; name: string; id?: string; error?: string; hint?: ReactNode };

function Frame({ label, name, error, hint, children }: Common & { children: ReactNode }) {
  return (
    <div className="space-y-1">
      <label htmlFor={name} className="block text-sm font-medium text-slate-900">
        {label}
      </label>
      {children}
      {hint ? (
        <p id={`${name}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${name}-error`} className="text-sm font-medium text-red-800" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

const inputClass =
  'block w-full rounded border border-slate-400 px-3 py-2 text-slate-900 aria-[invalid=true]:border-red-700';

function describedBy(name: string, error?: string, hint?: ReactNode) {
  return [hint ? `${name}-hint` : null, error ? `${name}-error` : null].filter(Boolean).join(' ') || undefined;
}

export function TextField({
  label,
  name,
  id = name,
  error,
  hint,
  ...props
}: Common & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <Frame label={label} name={id} error={error} hint={hint}>
      <input
        id={id}
        name={name}
        className={inputClass}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        {...props}
      />
    </Frame>
  );
}

export function SelectField({
  label,
  name,
  id = name,
  error,
  hint,
  children,
  ...props
}: Common & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <Frame label={label} name={id} error={error} hint={hint}>
      <select
        id={id}
        name={name}
        className={inputClass}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        {...props}
      >
        {children}
      </select>
    </Frame>
  );
}

export function FormMessage({ state }: { state: { status: string; message?: string } }) {
  if (!state.message) return null;
  const tone = state.status === 'ok' ? 'border-emerald-700 bg-emerald-50' : 'border-red-700 bg-red-50';
  return (
    <p role={state.status === 'ok' ? 'status' : 'alert'} className={`rounded border-l-4 px-3 py-2 ${tone}`}>
      {state.message}
    </p>
  );
}

export function SubmitButton({ children, pending }: { children: ReactNode; pending?: boolean }) {
  return (
    <button
      type="submit"
      disabled={pending}
      className="rounded bg-slate-900 px-4 py-2 font-medium text-white hover:bg-slate-700 disabled:opacity-60"
    >
      {children}
    </button>
  );
}
