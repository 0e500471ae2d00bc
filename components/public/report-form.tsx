import { HONEYPOT_FIELD, MAX_EMAIL, MAX_LINK, MAX_MESSAGE } from '@/lib/reports/schemas';

// The reader's way to tell the desk something is wrong, on every public page. A plain form
// that posts to /report/send (app/(public)/report/send/route.ts): it works with no script,
// and is the same for every reader, so the page around it can be kept whole (decision 017).
// The limits are the server's (lib/reports/schemas.ts), so the browser refuses most bad
// input before it is sent.

const field = 'block w-full rounded border border-slate-400 bg-white px-3 py-2 text-slate-900';

export function ReportForm({ page, idPrefix = 'report' }: { page: string; idPrefix?: string }) {
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <form method="post" action="/report/send" className="max-w-2xl space-y-3">
      <input type="hidden" name="page" value={page} />
      <div className="space-y-1">
        <label htmlFor={id('message')} className="block text-sm font-medium text-slate-900">
          What is wrong, or what should we check?
        </label>
        <textarea
          id={id('message')}
          name="message"
          required
          maxLength={MAX_MESSAGE}
          rows={4}
          className={field}
          aria-describedby={id('message-hint')}
        />
        <p id={id('message-hint')} className="text-sm text-slate-700">
          Plain text, at most {MAX_MESSAGE.toLocaleString('en')} characters. No account needed.
        </p>
      </div>
      <div className="space-y-1">
        <label htmlFor={id('link')} className="block text-sm font-medium text-slate-900">
          A link that shows it (optional)
        </label>
        <input
          id={id('link')}
          name="link"
          type="url"
          maxLength={MAX_LINK}
          pattern="https?://.+"
          title="A web address starting with http:// or https://"
          placeholder="https://"
          className={field}
        />
      </div>
      <div className="space-y-1">
        <label htmlFor={id('email')} className="block text-sm font-medium text-slate-900">
          Your e-mail, if you would like to hear back (optional)
        </label>
        <input
          id={id('email')}
          name="email"
          type="email"
          maxLength={MAX_EMAIL}
          autoComplete="email"
          className={field}
          aria-describedby={id('email-hint')}
        />
        <p id={id('email-hint')} className="text-sm text-slate-700">
          Only our staff see it, and we delete it once we have dealt with your report.
        </p>
      </div>
      {/* Left empty by people (it is off screen and out of the tab order); bots fill it in. */}
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label htmlFor={id(HONEYPOT_FIELD)}>Leave this field empty</label>
        <input id={id(HONEYPOT_FIELD)} name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" />
      </div>
      <button type="submit" className="rounded bg-slate-900 px-4 py-2 font-medium text-white">
        Send report
      </button>
    </form>
  );
}
