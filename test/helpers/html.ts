import { HtmlValidate } from 'html-validate';

// html-validate's recommended rules, with our style choices: Preact writes void elements
// self-closed (<meta/>) and a lower-case doctype, both valid HTML. The 70-character title limit is
// search-engine advice, not validity: news headlines run longer, and editors shorten the page
// title with the article's SEO title when they want to. Checkboxes may share a name (a list of
// choices, like the desk's selection), as HTML allows; html-validate only shares radios by default.
const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    'void-style': ['error', { style: 'selfclose' }],
    'doctype-style': ['error', { style: 'lowercase' }],
    'long-title': 'off',
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
  },
});

/** Every problem html-validate finds in a page, as readable lines (empty when valid). */
export async function htmlProblems(html: string): Promise<string[]> {
  const report = await validator.validateString(html);
  return report.results.flatMap((r) =>
    r.messages.map((m) => `${m.ruleId}: ${m.message} (${m.line}:${m.column})`),
  );
}
