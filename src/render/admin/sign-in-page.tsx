import { AdminLayout, type AdminChrome } from './admin-layout.tsx';

export function SignInPage(props: {
  chrome: AdminChrome;
  email: string;
  next: string;
  error: string | null;
}) {
  return (
    <AdminLayout chrome={props.chrome} title="Sign in">
      <form method="post" action="/admin/sign-in" class="admin-form">
        {props.error ? (
          <p class="form-message is-error" role="alert">
            {props.error}
          </p>
        ) : null}
        <p>
          <label for="email">Email</label>
          <input
            id="email"
            name="email"
            type="email"
            autocomplete="username"
            required
            value={props.email}
          />
        </p>
        <p>
          <label for="password">Password</label>
          <input
            id="password"
            name="password"
            type="password"
            autocomplete="current-password"
            required
          />
        </p>
        <input type="hidden" name="next" value={props.next} />
        <p>
          <button type="submit">Sign in</button>
        </p>
      </form>
      <p>
        <a href="/admin/password-reset">Forgotten your password?</a>
      </p>
    </AdminLayout>
  );
}
