import type { Clock } from '../clock.ts';
import type { Role } from '../people/roles.ts';
import {
  canEditArticle,
  parseArticleForm,
  type ArticleDraft,
  type DraftField,
  type EditableArticle,
  type FormValue,
  type SaveResult,
} from './editing.ts';

export interface EditingPorts {
  findForEdit(id: number, now: Date): Promise<EditableArticle | null>;
  save(change: {
    id: number;
    draft: ArticleDraft;
    expectedVersion: number;
    personId: number;
    now: Date;
    kind: 'save' | 'restore';
  }): Promise<SaveResult>;
  sectionExists(id: number): Promise<boolean>;
}

export type SaveArticleResult =
  | { ok: true; version: number }
  | {
      ok: false;
      status: 400 | 403 | 404 | 409;
      message: string;
      errors: Partial<Record<DraftField, string>>;
      /** What the editor sent, to show again: nothing typed is lost. */
      draft: ArticleDraft | null;
    };

type Editor = { id: number; role: Role | null };

/** Saves the editor's form over the version they loaded; a newer save by someone else wins a warning. */
export async function saveArticle(
  deps: { editing: EditingPorts; clock: Clock },
  person: Editor,
  id: number,
  form: Record<string, FormValue>,
  kind: 'save' | 'restore' = 'save',
): Promise<SaveArticleResult> {
  const now = deps.clock();
  const article = await deps.editing.findForEdit(id, now);
  if (!article)
    return {
      ok: false,
      status: 404,
      message: 'There is no such article.',
      errors: {},
      draft: null,
    };
  if (!canEditArticle(person, article))
    return {
      ok: false,
      status: 403,
      message: 'You may not edit this article.',
      errors: {},
      draft: null,
    };
  const { draft, errors } = parseArticleForm(form);
  if (draft.sectionId !== null && !(await deps.editing.sectionExists(draft.sectionId)))
    errors.section = 'Choose a section.';
  const expectedVersion = Number(Array.isArray(form.version) ? form.version[0] : form.version);
  if (Object.keys(errors).length > 0)
    return {
      ok: false,
      status: 400,
      message: 'Please correct the marked fields. Nothing was saved yet.',
      errors,
      draft,
    };
  const result = await deps.editing.save({
    id,
    draft,
    expectedVersion: Number.isInteger(expectedVersion) ? expectedVersion : -1,
    personId: person.id,
    now,
    kind,
  });
  if (result.ok) return result;
  if (result.reason === 'conflict')
    return {
      ok: false,
      status: 409,
      message: `${result.current.by ?? 'Someone'} saved a newer version of this article while you were editing it. Your changes are below and were not saved: copy what you need, then reload to see theirs.`,
      errors: {},
      draft,
    };
  if (result.reason === 'slug-taken')
    return {
      ok: false,
      status: 400,
      message: 'Please correct the marked fields. Nothing was saved yet.',
      errors: { slug: 'Another article in this section already has this address.' },
      draft,
    };
  return { ok: false, status: 404, message: 'There is no such article.', errors: {}, draft: null };
}
