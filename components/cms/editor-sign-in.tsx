export interface EditorSignInProps {
  /** Where the form returns to once signed in (already checked by safeReturnPath). */
  next: string;
  failed: boolean;
  configured: boolean;
}

/** The editors' sign-in: a plain form that works without JavaScript, posting to /api/preview/sign-in. */
export function EditorSignIn({ next, failed, configured }: EditorSignInProps) {
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-2xl font-semibold text-slate-900">Editor sign-in</h1>
      <p className="text-slate-700">
        Draft previews and the editor&apos;s compliance findings show unpublished copy. Enter the editors&apos; passphrase (the
        server&apos;s PREVIEW_SECRET) once; this browser then stays signed in for 8 hours.
      </p>
      {!configured && (
        <p role="alert" className="rounded-md border-2 border-red-700 bg-red-50 p-4 text-red-900">
          Draft preview is switched off: the server has no PREVIEW_SECRET.
        </p>
      )}
      {failed && (
        <p role="alert" className="rounded-md border-2 border-red-700 bg-red-50 p-4 text-red-900">
          That passphrase is not right. Check it with whoever runs the editing site.
        </p>
      )}
      <form method="post" action="/api/preview/sign-in" className="space-y-4">
        <input type="hidden" name="next" value={next} />
        <div>
          <label htmlFor="passphrase" className="block font-semibold">
            Passphrase
          </label>
          <input
            id="passphrase"
            name="passphrase"
            type="password"
            required
            autoComplete="current-password"
            className="mt-1 block w-full rounded-md border border-slate-400 px-3 py-2 text-base text-slate-900"
          />
        </div>
        <button
          type="submit"
          className="inline-flex min-h-11 items-center justify-center rounded-md bg-brand-700 px-6 py-2.5 text-base font-semibold text-white hover:bg-brand-800"
        >
          Sign in
        </button>
      </form>
    </div>
  );
}
