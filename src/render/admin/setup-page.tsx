import { AdminLayout, type AdminChrome } from './admin-layout.tsx';

type Field = 'name' | 'email' | 'password';

export function SetupPage(props: {
  chrome: AdminChrome;
  action: string;
  values: { name: string; email: string };
  errors: Partial<Record<Field, string>>;
  minPasswordLength: number;
}) {
  const { errors } = props;
  const error = (field: Field) =>
    errors[field] ? (
      <span class="field-error" id={`${field}-error`}>
        {errors[field]}
      </span>
    ) : null;
  return (
    <AdminLayout chrome={props.chrome} title="Set up the owner account">
      <p>
        This link works once. Choose the name, email and password you will sign in with as the
        site's owner.
      </p>
      <form method="post" action={props.action} class="admin-form">
        <p>
          <label for="name">Your name</label>
          <input
            id="name"
            name="name"
            type="text"
            autocomplete="name"
            required
            value={props.values.name}
            aria-invalid={errors.name ? 'true' : undefined}
            aria-describedby={errors.name ? 'name-error' : undefined}
          />
          {error('name')}
        </p>
        <p>
          <label for="email">Email</label>
          <input
            id="email"
            name="email"
            type="email"
            autocomplete="username"
            required
            value={props.values.email}
            aria-invalid={errors.email ? 'true' : undefined}
            aria-describedby={errors.email ? 'email-error' : undefined}
          />
          {error('email')}
        </p>
        <p>
          <label for="password">Password</label>
          <input
            id="password"
            name="password"
            type="password"
            autocomplete="new-password"
            required
            minLength={props.minPasswordLength}
            aria-describedby={errors.password ? 'password-hint password-error' : 'password-hint'}
            aria-invalid={errors.password ? 'true' : undefined}
          />
          <span class="field-hint" id="password-hint">
            At least {props.minPasswordLength} characters.
          </span>
          {error('password')}
        </p>
        <p>
          <label for="confirm">Password again</label>
          <input id="confirm" name="confirm" type="password" autocomplete="new-password" required />
        </p>
        <p>
          <button type="submit">Create the owner account</button>
        </p>
      </form>
    </AdminLayout>
  );
}
