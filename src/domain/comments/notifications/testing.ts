// In-memory stand-ins for the notification ports, for the unit tests beside the use cases.
import type { OutgoingMail } from '../../mail.ts';
import type { MailContext } from './compose-notifications.ts';
import type {
  ActiveSubscription,
  ApprovalEntry,
  CursorName,
  LogEntry,
  ModerationLogPorts,
  NotificationCursor,
  NotifiedComment,
  StaffMember,
  Subscription,
  SubscriptionPorts,
} from './ports.ts';

export const NOW = new Date('2026-11-20T12:00:00Z');
export const SECRET = 'test-secret';

export const mailContext: MailContext = {
  site: { title: 'The Test Gazette', url: 'https://news.example.test' },
  secret: SECRET,
};

export const comment = (overrides: Partial<NotifiedComment> = {}): NotifiedComment => ({
  id: 1,
  number: 101,
  parentId: null,
  status: 'approved',
  authorName: 'Rosa Quill',
  authorEmailKey: 'rosa@example.net',
  personId: null,
  text: 'The harbour plan deserves a proper hearing.',
  article: { id: 7, headline: 'Harbour plan approved', path: '/local/harbour-plan' },
  ...overrides,
});

export const person = (overrides: Partial<StaffMember> = {}): StaffMember => ({
  id: 1,
  name: 'Ada Reporter',
  email: 'ada@newsroom.example.test',
  role: 'author',
  active: true,
  notifyComments: true,
  notifyDigest: true,
  ...overrides,
});

export class FakeSubscriptions implements SubscriptionPorts {
  rows: (Subscription & { commentId: number })[] = [];
  constructor(
    private readonly comments: Map<number, { email: string; name: string }> = new Map(),
  ) {}

  async createSubscription(commentId: number): Promise<Subscription | null> {
    const c = this.comments.get(commentId);
    if (!c?.email) return null;
    const row = {
      id: this.rows.length + 1,
      commentId,
      email: c.email,
      commenterName: c.name,
      commentNumber: 100 + commentId,
      article: { headline: 'Harbour plan approved', path: '/local/harbour-plan' },
      confirmed: false,
      unsubscribed: false,
    };
    this.rows.push(row);
    return row;
  }
  async findSubscription(id: number) {
    return this.rows.find((r) => r.id === id) ?? null;
  }
  async confirmSubscription(id: number) {
    const row = this.rows.find((r) => r.id === id);
    if (!row) return false;
    row.confirmed = true;
    row.unsubscribed = false;
    return true;
  }
  async endSubscription(id: number) {
    const row = this.rows.find((r) => r.id === id);
    if (!row) return false;
    row.unsubscribed = true;
    return true;
  }
  async endSubscriptionsAtAddress(id: number) {
    const email = this.rows.find((r) => r.id === id)?.email.toLowerCase();
    const ending = this.rows.filter((r) => r.email.toLowerCase() === email && !r.unsubscribed);
    for (const row of ending) row.unsubscribed = true;
    return ending.length;
  }
}

export class FakeMail {
  sent: OutgoingMail[] = [];
  async queue(message: OutgoingMail) {
    this.sent.push(message);
  }
}

export class FakeLog implements ModerationLogPorts {
  approvals: ApprovalEntry[] = [];
  holds: LogEntry[] = [];
  byline = new Map<number, StaffMember[]>();
  people: StaffMember[] = [];
  subscriptions = new Map<number, ActiveSubscription[]>();

  async approvalsAfter(logId: number, limit: number) {
    return this.approvals.filter((e) => e.logId > logId).slice(0, limit);
  }
  async holdsAfter(logId: number, limit: number) {
    return this.holds.filter((e) => e.logId > logId).slice(0, limit);
  }
  async bylineStaff(articleId: number) {
    return this.byline.get(articleId) ?? [];
  }
  async staff() {
    return this.people;
  }
  async activeSubscriptions(commentId: number) {
    return this.subscriptions.get(commentId) ?? [];
  }
}

/** A cursor that keeps the mail it was given, as the jobs table would. */
export class FakeCursor implements NotificationCursor {
  positions = new Map<CursorName, number>([
    ['approvals', 0],
    ['digest', 0],
  ]);
  queued: OutgoingMail[] = [];
  /** Set to make the next advance lose the race to another instance. */
  lose = false;

  async read(name: CursorName) {
    return this.positions.get(name) ?? null;
  }
  async advance(name: CursorName, from: number, to: number, mails: OutgoingMail[]) {
    if (this.lose || this.positions.get(name) !== from) return false;
    this.positions.set(name, to);
    this.queued.push(...mails);
    return true;
  }
}
