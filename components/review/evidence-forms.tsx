'use client';

import * as Dialog from '@radix-ui/react-dialog';
import { useRouter } from 'next/navigation';
import { useActionState, useState, type FormEvent } from 'react';
import { addLinkAction, addNoteAction, removeEvidenceAction } from '@/app/review/claims/[id]/actions';
import { FormMessage, SelectField, SubmitButton, TextField } from '@/components/ui/field';
import { TextAreaField } from '@/components/ui/text-area';
import { idle, type FormState } from '@/lib/actions/form-state';

function Stance({ id, value, error }: { id: string; value?: string; error?: string }) {
  return (
    <SelectField label="Stance" name="stance" id={id} defaultValue={value ?? 'supports'} error={error}>
      <option value="supports">Supports the claim</option>
      <option value="refutes">Refutes the claim</option>
      <option value="context">Gives context</option>
    </SelectField>
  );
}

function PublicFlag({ id, checked }: { id: string; checked?: boolean }) {
  return (
    <label htmlFor={id} className="flex items-center gap-2 text-sm">
      <input id={id} type="checkbox" name="isPublic" defaultChecked={checked} /> Show to readers once published
    </label>
  );
}

export function AddLinkForm({ claimId }: { claimId: string }) {
  const [state, action, pending] = useActionState(addLinkAction, idle);
  const v = state.status === 'error' ? state.values : undefined;
  const e = state.fieldErrors ?? {};
  return (
    <form action={action} className="space-y-3" noValidate>
      <input type="hidden" name="claimId" value={claimId} />
      <FormMessage state={state} />
      <TextField label="Link (http or https)" name="url" id="link-url" type="url" defaultValue={v?.url} error={e.url} />
      <TextField label="Title" name="title" id="link-title" defaultValue={v?.title} error={e.title} />
      <TextField label="Publisher" name="publisher" id="link-publisher" defaultValue={v?.publisher} />
      <TextField
        label="Date accessed"
        name="accessedAt"
        id="link-accessed"
        type="date"
        defaultValue={v?.accessedAt ?? new Date().toISOString().slice(0, 10)}
        error={e.accessedAt}
      />
      <TextField
        label="Archive link (optional)"
        name="archiveUrl"
        id="link-archive"
        type="url"
        defaultValue={v?.archiveUrl}
        error={e.archiveUrl}
      />
      <Stance id="link-stance" value={v?.stance} error={e.stance} />
      <PublicFlag id="link-public" checked={v?.isPublic === 'on'} />
      <SubmitButton pending={pending}>Attach link</SubmitButton>
    </form>
  );
}

export function AddNoteForm({ claimId }: { claimId: string }) {
  const [state, action, pending] = useActionState(addNoteAction, idle);
  const v = state.status === 'error' ? state.values : undefined;
  return (
    <form action={action} className="space-y-3" noValidate>
      <input type="hidden" name="claimId" value={claimId} />
      <FormMessage state={state} />
      <TextAreaField
        label="Note"
        name="note"
        id="note-text"
        rows={3}
        defaultValue={v?.note}
        error={state.fieldErrors?.note}
      />
      <Stance id="note-stance" value={v?.stance} />
      <PublicFlag id="note-public" checked={v?.isPublic === 'on'} />
      <SubmitButton pending={pending}>Attach note</SubmitButton>
    </form>
  );
}

/** Files go to a route handler (20 MB is above a server action's body limit). */
export function AddFileForm({ claimId }: { claimId: string }) {
  const router = useRouter();
  const [state, setState] = useState<FormState>(idle);
  const [pending, setPending] = useState(false);
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setPending(true);
    try {
      const response = await fetch(`/api/claims/${claimId}/evidence`, { method: 'POST', body: new FormData(form) });
      const body = (await response.json().catch(() => ({}))) as {
        message?: string;
        fieldErrors?: Record<string, string>;
      };
      if (response.ok) {
        form.reset();
        setState({ status: 'ok', message: body.message ?? 'File attached.' });
        router.refresh();
      } else {
        setState({
          status: 'error',
          message: body.message ?? `The upload failed (${response.status}).`,
          fieldErrors: body.fieldErrors,
        });
      }
    } catch {
      setState({
        status: 'error',
        message: 'The upload did not reach the server. Check the connection and try again.',
      });
    } finally {
      setPending(false);
    }
  }
  return (
    <form onSubmit={submit} className="space-y-3" noValidate>
      <FormMessage state={state} />
      <TextField
        label="File (PDF, PNG, JPEG, WebP or plain text; up to 20 MB)"
        name="file"
        id="file-input"
        type="file"
        accept=".pdf,.png,.jpg,.jpeg,.webp,.txt"
        error={state.fieldErrors?.file}
      />
      <TextField label="Title (optional)" name="title" id="file-title" />
      <Stance id="file-stance" error={state.fieldErrors?.stance} />
      <PublicFlag id="file-public" />
      <SubmitButton pending={pending}>{pending ? 'Uploading…' : 'Attach file'}</SubmitButton>
    </form>
  );
}

/** Removal asks for a reason in a dialog; the evidence stays in the record. */
export function RemoveEvidence({ claimId, evidenceId, title }: { claimId: string; evidenceId: string; title: string }) {
  const [open, setOpen] = useState(false);
  const [state, action, pending] = useActionState(async (prev: FormState, data: FormData) => {
    const result = await removeEvidenceAction(prev, data);
    if (result.status === 'ok') setOpen(false);
    return result;
  }, idle);
  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger className="text-sm underline">Remove</Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 bg-black/40" />
        <Dialog.Content className="fixed top-1/2 left-1/2 w-[min(32rem,90vw)] -translate-x-1/2 -translate-y-1/2 space-y-3 rounded bg-white p-5 shadow-lg">
          <Dialog.Title className="text-lg font-semibold">Remove “{title}”?</Dialog.Title>
          <Dialog.Description>It stays in the claim&apos;s history, with your reason.</Dialog.Description>
          <form action={action} className="space-y-3">
            <input type="hidden" name="claimId" value={claimId} />
            <input type="hidden" name="evidenceId" value={evidenceId} />
            <FormMessage state={state} />
            <TextAreaField
              label="Reason for removing it"
              name="reason"
              id={`remove-reason-${evidenceId}`}
              rows={2}
              error={state.fieldErrors?.reason}
            />
            <div className="flex gap-2">
              <SubmitButton pending={pending}>Remove evidence</SubmitButton>
              <Dialog.Close className="rounded border px-3 py-2">Cancel</Dialog.Close>
            </div>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
