// Pieces every form shares: a message tied to its field, so screen readers announce it with the
// field (aria-describedby) and the field says it is invalid (aria-invalid).

/** The ids a field is described by, or undefined when none. */
export const describedBy = (...ids: (string | false | null | undefined)[]): string | undefined =>
  ids.filter(Boolean).join(' ') || undefined;

export const invalid = (message: string | undefined): 'true' | undefined =>
  message ? 'true' : undefined;

export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  return message ? (
    <span class="field-error" id={id}>
      {message}
    </span>
  ) : null;
}
