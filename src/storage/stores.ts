import { ArticleEditStore } from './article-edit-store.ts';
import { ArticleStore } from './article-store.ts';
import { CommentStore } from './comment-store.ts';
import { JobStore } from './job-store.ts';
import type { DatabaseHandle } from './dialect.ts';
import { MediaStore } from './media-store.ts';
import { PeopleStore } from './people-store.ts';
import { SettingsStore } from './settings-store.ts';

export interface Stores {
  articles: ArticleStore;
  editing: ArticleEditStore;
  comments: CommentStore;
  jobs: JobStore;
  media: MediaStore;
  people: PeopleStore;
  settings: SettingsStore;
}

export function createStores(handle: DatabaseHandle): Stores {
  const { db } = handle;
  return {
    articles: new ArticleStore(db, handle.dialect),
    editing: new ArticleEditStore(db, handle.dialect),
    comments: new CommentStore(db),
    jobs: new JobStore(db),
    media: new MediaStore(db),
    people: new PeopleStore(db),
    settings: new SettingsStore(db),
  };
}
