import { Layout } from './layout.tsx';
import type { Chrome } from './view-models.ts';

/**
 * The pages behind the links in notification mail: confirm a subscription, unsubscribe, and the
 * answers to both. They show no email address: whoever holds the link sees only what it does.
 */
export interface SubscriptionPageView {
  chrome: Chrome;
  title: string;
  paragraphs: string[];
  /** A button that does what the link is for (links alone do nothing: mail scanners open them). */
  form: {
    action: string;
    button: string;
    /** A box that widens what the button does (unticked unless the reader ticks it). */
    choice?: { name: string; label: string };
  } | null;
  /** The answer after the button: announced to screen readers. */
  done: boolean;
  link: { text: string; href: string } | null;
}

export function SubscriptionPage({ view }: { view: SubscriptionPageView }) {
  return (
    <Layout
      chrome={view.chrome}
      head={{ title: `${view.title} – ${view.chrome.siteTitle}`, noindex: true }}
    >
      <div class="subscription-page">
        <h1 class="page-title">{view.title}</h1>
        {view.done ? (
          <div role="status">
            {view.paragraphs.map((p) => (
              <p>{p}</p>
            ))}
          </div>
        ) : (
          view.paragraphs.map((p) => <p>{p}</p>)
        )}
        {view.form ? (
          <form method="post" action={view.form.action}>
            {view.form.choice ? (
              <p>
                <input
                  type="checkbox"
                  id={`choice-${view.form.choice.name}`}
                  name={view.form.choice.name}
                  value="yes"
                />{' '}
                <label for={`choice-${view.form.choice.name}`}>{view.form.choice.label}</label>
              </p>
            ) : null}
            <p>
              <button type="submit">{view.form.button}</button>
            </p>
          </form>
        ) : null}
        {view.link ? (
          <p>
            <a href={view.link.href}>{view.link.text}</a>
          </p>
        ) : null}
      </div>
    </Layout>
  );
}
