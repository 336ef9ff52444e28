import { ArticleEditStore } from './article-edit-store.ts';
import { ArticleStore } from './article-store.ts';
import { CommentStore } from './comment-store.ts';
import { ImportStore } from './import-store.ts';
import { JobStore } from './job-store.ts';
import type { DatabaseHandle } from './dialect.ts';
import { MediaStore } from './media-store.ts';
import { ModerationStore } from './moderation-store.ts';
import { NotificationStore } from './notification-store.ts';
import { PeopleStore } from './people-store.ts';
import { PrivacyStore } from './privacy-store.ts';
import { SettingsStore } from './settings-store.ts';

export interface Stores {
  articles: ArticleStore;
  editing: ArticleEditStore;
  comments: CommentStore;
  imports: ImportStore;
  jobs: JobStore;
  media: MediaStore;
  moderation: ModerationStore;
  notifications: NotificationStore;
  people: PeopleStore;
  privacy: PrivacyStore;
  settings: SettingsStore;
}

export function createStores(handle: DatabaseHandle): Stores {
  const { db } = handle;
  return {
    articles: new ArticleStore(db, handle.dialect),
    editing: new ArticleEditStore(db, handle.dialect),
    comments: new CommentStore(db),
    imports: new ImportStore(db, handle.dialect),
    jobs: new JobStore(db),
    media: new MediaStore(db),
    moderation: new ModerationStore(db),
    notifications: new NotificationStore(db),
    people: new PeopleStore(db),
    privacy: new PrivacyStore(db),
    settings: new SettingsStore(db),
  };
}
