import { describe, expect, it } from 'vitest';
import { parseArticleFile } from '@/lib/content/parse-article';

const registries = { organisations: new Map(), tags: new Map() };

const problemsOf = (frontmatter: string) => parseArticleFile('articles/synthetic-yaml.hi.md', `---\n${frontmatter}\n---\n\nBody.\n`, registries).problems;

describe('YAML syntax errors in editors\' words', () => {
  it.each([
    ['an unquoted colon in a value', 'title: India: leather fair\nsummary: S', 2, 'title', /the value contains a colon followed by a space.* — put the whole value in double quotes, e\.g\. title: "India: leather fair"/],
    ['an unclosed quote', 'title: "Leather fair\nsummary: S', 2, 'title', /a quote or bracket is opened but never closed — end the value with the same quote mark/],
    ['a field written twice', 'title: A\nsummary: S\ntitle: B', 4, 'title', /this field appears twice — keep only one of the two lines/],
    ['a tab used for indentation', 'title: A\nsource:\n\tname: X', 4, 'name', /a tab is used for indentation — indent with spaces instead/],
    ['an unclosed list', 'organisations: [a, b\nsummary: S', 2, 'organisations', /the indentation is wrong, or a list in \[ \] is not closed — close the list with \]/],
    ['an apostrophe inside single quotes', "title: 'Traders' fair'", 2, 'title', /there is text after a quoted value — .*wrap it in the other kind, e\.g\. title: "Traders' fair"/],
  ])('explains %s', (_, frontmatter, line, field, message) => {
    const [first] = problemsOf(frontmatter);
    expect(first).toMatchObject({ severity: 'error', line, field, message: expect.stringMatching(new RegExp(`^YAML syntax error: ${message.source}`)) });
  });
});
