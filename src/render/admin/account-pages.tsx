import { describedBy, FieldError, invalid } from '../fields.tsx';
import { AdminLayout, type AdminChrome } from './admin-layout.tsx';

/** Choose a password: after an invitation, or from a password-reset link. */
export function SetPasswordPage(props: {
  chrome: AdminChrome;
  title: string;
  intro: string;
  action: string;
  askName: boolean;
  name: string;
  errors: Partial<Record<'name' | 'password', string>>;
  minPasswordLength: number;
}) {
  const { errors } = props;
  return (
    <AdminLayout chrome={props.chrome} title={props.title}>
      <p>{props.intro}</p>
      <form method="post" action={props.action} class="admin-form">
        {props.askName ? (
          <p>
            <label for="name">Your name</label>
            <input
              id="name"
              name="name"
              type="text"
              autocomplete="name"
              required
              value={props.name}
              aria-invalid={invalid(errors.name)}
              aria-describedby={describedBy(errors.name && 'name-error')}
            />
            <FieldError id="name-error" message={errors.name} />
          </p>
        ) : null}
        <p>
          <label for="password">New password</label>
          <input
            id="password"
            name="password"
            type="password"
            autocomplete="new-password"
            required
            minLength={props.minPasswordLength}
            aria-invalid={invalid(errors.password)}
            aria-describedby={describedBy('password-hint', errors.password && 'password-error')}
          />
          <span class="field-hint" id="password-hint">
            At least {props.minPasswordLength} characters.
          </span>
          <FieldError id="password-error" message={errors.password} />
        </p>
        <p>
          <label for="confirm">New password again</label>
          <input id="confirm" name="confirm" type="password" autocomplete="new-password" required />
        </p>
        <p>
          <button type="submit">Save password</button>
        </p>
      </form>
    </AdminLayout>
  );
}

export function ResetRequestPage(props: {
  chrome: AdminChrome;
  sent: boolean;
  error: string | null;
}) {
  return (
    <AdminLayout chrome={props.chrome} title="Reset your password">
      {props.sent ? (
        <p class="form-message is-notice" role="status">
          If that address belongs to an account, a link to choose a new password is on its way. It
          works for an hour.
        </p>
      ) : null}
      {props.error ? (
        <p class="form-message is-error" role="alert">
          {props.error}
        </p>
      ) : null}
      <form method="post" action="/admin/password-reset" class="admin-form">
        <p>
          <label for="email">Your email address</label>
          <input id="email" name="email" type="email" autocomplete="username" required />
        </p>
        <p>
          <button type="submit">Send me a link</button>
        </p>
      </form>
    </AdminLayout>
  );
}

export function AccountPage(props: {
  chrome: AdminChrome;
  person: { name: string; email: string; role: string };
  notice: string | null;
  /** Mail about comments this person wants; `digest` is null for people who do not moderate. */
  notifications: { comments: boolean; digest: boolean | null; digestMinutes: number };
}) {
  const { notifications } = props;
  return (
    <AdminLayout chrome={props.chrome} title="Your account">
      {props.notice ? (
        <p class="form-message is-notice" role="status">
          {props.notice}
        </p>
      ) : null}
      <dl class="account-details">
        <dt>Name</dt>
        <dd>{props.person.name}</dd>
        <dt>Email</dt>
        <dd>{props.person.email}</dd>
        <dt>Role</dt>
        <dd>{props.person.role}</dd>
      </dl>
      <h2>Email about comments</h2>
      <form method="post" action="/admin/account/notifications" class="admin-form">
        <input type="hidden" name="_csrf" value={props.chrome.csrfToken} />
        <p>
          <input
            id="notify-comments"
            name="notify_comments"
            type="checkbox"
            value="yes"
            checked={notifications.comments}
          />{' '}
          <label for="notify-comments">
            Email me when a comment is published on an article with my name on the byline
          </label>
        </p>
        {notifications.digest !== null ? (
          <p>
            <input
              id="notify-digest"
              name="notify_digest"
              type="checkbox"
              value="yes"
              checked={notifications.digest}
            />{' '}
            <label for="notify-digest">
              Email me a digest of comments held for moderation (at most every{' '}
              {notifications.digestMinutes} minutes, only when there are new ones)
            </label>
          </p>
        ) : null}
        <p>
          <button type="submit">Save email settings</button>
        </p>
      </form>
      <h2>Sessions</h2>
      <p>Signed in on a computer you no longer use? End every session, this one included.</p>
      <form method="post" action="/admin/account/sign-out-everywhere" class="inline-form">
        <input type="hidden" name="_csrf" value={props.chrome.csrfToken} />
        <button type="submit">Sign out everywhere</button>
      </form>
      <h2>Password</h2>
      <p>
        To change your password, <a href="/admin/password-reset">ask for a reset link</a>.
      </p>
    </AdminLayout>
  );
}

export interface PeoplePageView {
  chrome: AdminChrome;
  people: {
    id: number;
    name: string;
    email: string;
    role: string;
    active: boolean;
    roleChoices: string[] | null;
  }[];
  roles: string[];
  values: { name: string; email: string; role: string };
  errors: Partial<Record<'name' | 'email' | 'role', string>>;
  notice: string | null;
}

export function PeoplePage({ view }: { view: PeoplePageView }) {
  const { errors } = view;
  return (
    <AdminLayout chrome={view.chrome} title="People">
      {view.notice ? (
        <p class="form-message is-notice" role="status">
          {view.notice}
        </p>
      ) : null}
      <table class="admin-table">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
            <th scope="col">Account</th>
          </tr>
        </thead>
        <tbody>
          {view.people.map((p) => (
            <tr>
              <td>{p.name}</td>
              <td>{p.email}</td>
              <td>
                {p.roleChoices ? (
                  <form method="post" action={`/admin/people/${p.id}/role`} class="inline-form">
                    <input type="hidden" name="_csrf" value={view.chrome.csrfToken} />
                    <label for={`role-${p.id}`} class="visually-hidden">
                      Role of {p.name}
                    </label>
                    <select id={`role-${p.id}`} name="role">
                      {p.roleChoices.map((r) => (
                        <option value={r} selected={r === p.role}>
                          {r}
                        </option>
                      ))}
                    </select>{' '}
                    <button type="submit">Change</button>
                  </form>
                ) : (
                  p.role
                )}
              </td>
              <td>{p.active ? 'Active' : 'Invited'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Invite someone</h2>
      <form method="post" action="/admin/people/invite" class="admin-form">
        <input type="hidden" name="_csrf" value={view.chrome.csrfToken} />
        <p>
          <label for="invite-name">Name</label>
          <input
            id="invite-name"
            name="name"
            type="text"
            required
            value={view.values.name}
            aria-invalid={invalid(errors.name)}
            aria-describedby={describedBy(errors.name && 'invite-name-error')}
          />
          <FieldError id="invite-name-error" message={errors.name} />
        </p>
        <p>
          <label for="invite-email">Email</label>
          <input
            id="invite-email"
            name="email"
            type="email"
            required
            value={view.values.email}
            aria-invalid={invalid(errors.email)}
            aria-describedby={describedBy(errors.email && 'invite-email-error')}
          />
          <FieldError id="invite-email-error" message={errors.email} />
        </p>
        <p>
          <label for="invite-role">Role</label>
          <select id="invite-role" name="role">
            {view.roles.map((r) => (
              <option value={r} selected={r === view.values.role}>
                {r}
              </option>
            ))}
          </select>
          <FieldError id="invite-role-error" message={errors.role} />
        </p>
        <p>
          <button type="submit">Send invitation</button>
        </p>
      </form>
    </AdminLayout>
  );
}
