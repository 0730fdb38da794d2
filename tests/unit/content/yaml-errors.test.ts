import { describe, expect, it } from 'vitest';
import { parseArticleFile } from '@/lib/content/parse';

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

  it.each([
    ['Markdown emphasis in a title (an alias)', 'title: *Important*\nsummary: S', 2, 'title', 'a value starting with \\* is read as a reference to another value \\(a YAML alias\\), not as text — put the whole value in double quotes, e\\.g\\. title: "\\*Important\\*"'],
    ['emphasis followed by more words', 'title: *Important* fair\nsummary: S', 2, 'title', 'a value starting with \\* .* e\\.g\\. title: "\\*Important\\* fair"'],
    ['an anchor alone', 'title: T\nsummary: &x', 3, 'summary', 'a value starting with & is read as a YAML anchor.* e\\.g\\. summary: "&x"'],
    ['an anchor that would swallow a word', 'title: &Breaking news\nsummary: S', 2, 'title', 'a value starting with & .*its first word \\(the one starting with &\\) is dropped.* e\\.g\\. title: "&Breaking news"'],
    ['a tag that would swallow a word', 'title: !Note Hello\nsummary: S', 2, 'title', 'a value starting with ! is read as a YAML type tag.* e\\.g\\. title: "!Note Hello"'],
    ['an alias in a list in brackets', 'title: T\ntags: [a, *b]', 3, 'tags', 'a value starting with \\* .* e\\.g\\. tags: \\[a, "\\*b"\\]'],
    ['an alias in a nested field, a comment after it', 'source:\n  name: *Org* # the original\n  url: https://example.org', 3, 'name', 'a value starting with \\* .* e\\.g\\. name: "\\*Org\\*"$'],
  ])('refuses %s, which YAML would not read as text', (_, frontmatter, line, field, message) => {
    const problems = problemsOf(frontmatter);
    // One problem per line: the parser's own complaint about the rest of the line would only confuse.
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: 'error', line, field, message: expect.stringMatching(new RegExp(`^YAML syntax error: ${message}`)) });
  });

  it('leaves quoted values, and stars or ampersands inside a value, alone', () => {
    const problems = problemsOf('title: "*Important* fair"\nsummary: Tea & coffee *now*\npostTime: 2024-03-10\nlocale: hi\norganisations: [x]');
    expect(problems.filter((p) => /YAML/.test(p.message))).toEqual([]);
  });
});

