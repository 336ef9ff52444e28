import { ArticleStore } from './article-store.ts';
import { CommentStore } from './comment-store.ts';
import type { DatabaseHandle } from './dialect.ts';
import { MediaStore } from './media-store.ts';
import { PeopleStore } from './people-store.ts';
import { SettingsStore } from './settings-store.ts';

export interface Stores {
  articles: ArticleStore;
  comments: CommentStore;
  media: MediaStore;
  people: PeopleStore;
  settings: SettingsStore;
}

export function createStores(handle: DatabaseHandle): Stores {
  const { db } = handle;
  return {
    articles: new ArticleStore(db, handle.dialect),
    comments: new CommentStore(db),
    media: new MediaStore(db),
    people: new PeopleStore(db),
    settings: new SettingsStore(db),
  };
}
