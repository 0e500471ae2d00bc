// The words that mark seeded demonstration content wherever a reader meets it: page, API,
// feed and embed (DESIGN.md "Data").
export const DEMO_LABEL = 'Demonstration check, not a real verdict';

export const DEMO_NOTICE =
  'This check comes from the demo data, made to show how a published check looks. It rests only on what the article itself says; no outside evidence was examined.';

export const DEMO_COMPARISON_NOTICE =
  'This comparison comes from the demo data. Its reading rests only on the figures as the article reports them.';

export const DEMO_ARTICLE_NOTICE =
  'The checks marked as demonstrations come from the demo data, made to show how published checks look. They rest only on what the article itself says; no outside evidence was examined.';
