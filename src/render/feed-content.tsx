import { ArticleBody, Figure } from './article-body.tsx';
import type { ArticleView, ImageView } from './view-models.ts';

/** An article's whole text for a feed reader: lead photo, body, credits and corrections. */
export function FeedContent(props: {
  article: Pick<ArticleView, 'body' | 'media' | 'dateline' | 'corrections'>;
  lead: ImageView | null;
}) {
  return (
    <>
      {props.lead ? <Figure image={props.lead} lazy={false} className="lead-image" /> : null}
      <ArticleBody article={props.article} />
      {props.article.corrections.map((c) => (
        <p>
          <strong>
            {c.label}, {c.date.text}:
          </strong>{' '}
          {c.text}
        </p>
      ))}
    </>
  );
}
