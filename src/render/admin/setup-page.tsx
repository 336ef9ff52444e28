import { describedBy, FieldError, invalid } from '../fields.tsx';
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
  const field = (name: Field, label: string, input: Record<string, unknown>, hint?: string) => (
    <p>
      <label for={name}>{label}</label>
      <input
        id={name}
        name={name}
        required
        aria-invalid={invalid(errors[name])}
        aria-describedby={describedBy(hint && `${name}-hint`, errors[name] && `${name}-error`)}
        {...input}
      />
      {hint ? (
        <span class="field-hint" id={`${name}-hint`}>
          {hint}
        </span>
      ) : null}
      <FieldError id={`${name}-error`} message={errors[name]} />
    </p>
  );
  return (
    <AdminLayout chrome={props.chrome} title="Set up the owner account">
      <p>
        This link works once. Choose the name, email and password you will sign in with as the
        site's owner.
      </p>
      <form method="post" action={props.action} class="admin-form">
        {field('name', 'Your name', {
          type: 'text',
          autocomplete: 'name',
          value: props.values.name,
        })}
        {field('email', 'Email', {
          type: 'email',
          autocomplete: 'username',
          value: props.values.email,
        })}
        {field(
          'password',
          'Password',
          { type: 'password', autocomplete: 'new-password', minLength: props.minPasswordLength },
          `At least ${props.minPasswordLength} characters.`,
        )}
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
