import { z } from 'zod';
import { locales } from '@/lib/i18n/locales';
import { describeImageSource } from '@/lib/markdown/inspect-body';
import { parsePostTime } from './post-time';

const EMPTY = 'is empty — write the value after the colon (a # starts a comment: put such a value in double quotes)';

/** Text, with an empty or non-text value explained in terms of the example an editor should copy. */
const text = (example: string) =>
  z.string({ error: (issue) => (issue.input === null ? EMPTY : `must be text — put it in double quotes, e.g. ${example}`) });

const postTime = (field: string) =>
  z
    .string({ error: (issue) => (issue.input === null ? EMPTY : `must be a date — write it as ${field}: 2023-09-25 or ${field}: 2023-09-25T10:30:00+05:30`) })
    .transform((raw, ctx) => {
      const result = parsePostTime(raw);
      if (result.ok) return result.value;
      ctx.addIssue({ code: 'custom', message: result.problem });
      return z.NEVER;
    });

const idList = (field: string, example: string) =>
  z.array(z.string({ error: `each id must be text — write ids like ${example}` }), {
    error: (issue) => (issue.input === null ? `is empty — write ${field}: [${example}]` : `must be a list — write ${field}: [${example}]`),
  });

const sourceSchema = z.strictObject(
  {
    name: text('name: "China Leather Association"').trim().min(1, 'is empty — write the name of the original publication'),
    url: z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// address — copy the full address of the original, e.g. https://example.org/news/123' }),
  },
  { error: 'must have name: and url: indented under it — write source: on its own line, then "  name: …" and "  url: https://…" on the next two lines' },
);

/** The editors' contract (shared/spec/content-format.md) for frontmatter, field by field. */
export const frontmatterSchema = z
  .strictObject({
    title: text('title: "A headline"').trim().min(1, EMPTY).max(200, { error: (issue) => `is ${String(issue.input).length} characters long — shorten the headline to at most 200` }),
    summary: text('summary: "One or two sentences."')
      .trim()
      .min(1, EMPTY)
      .max(300, { error: (issue) => `is ${String(issue.input).length} characters long — keep it to one or two sentences, at most 300 characters` }),
    postTime: postTime('postTime'),
    locale: z.enum(locales, { error: (issue) => `"${String(issue.input)}" is not a site locale — write one of ${locales.join(', ')}, the same as in the file name` }),
    organisations: idList('organisations', 'china-leather-association').min(1, 'is empty — name at least one organisation id from organisations.yml, e.g. [china-leather-association]'),
    tags: idList('tags', 'leather-industry').optional(),
    updated: postTime('updated').optional(),
    image: text('image: /images/cover.jpg')
      .superRefine((src, ctx) => {
        const outside = describeImageSource(src);
        if (outside) ctx.addIssue({ code: 'custom', message: `${src} ${outside}` });
        else if (/\s/.test(src)) ctx.addIssue({ code: 'custom', message: 'must be a path under public/ starting with / and without spaces — e.g. /images/cover.jpg for the file public/images/cover.jpg' });
      })
      .optional(),
    imageAlt: text('imageAlt: "Delegates signing the memorandum"').trim().min(1, 'is empty — describe in words what the image shows').optional(),
    source: sourceSchema.optional(),
    draft: z.boolean({ error: 'must be true or false — write draft: true, or remove the line to publish the article' }).optional(),
    aliases: z
      .array(text('/hi/articles/old-slug').regex(/^\/[^\s?#]*$/, 'must be a path starting with / — e.g. /hi/articles/old-slug'), {
        error: 'must be a list of old addresses — write aliases: [/hi/articles/old-slug]',
      })
      .optional(),
  })
  .superRefine((data, ctx) => {
    if (data.image && !data.imageAlt) {
      ctx.addIssue({ code: 'custom', path: ['imageAlt'], message: 'is required when image is given — add imageAlt: with a short description of what the image shows' });
    }
    if (data.imageAlt && !data.image) {
      ctx.addIssue({ code: 'custom', path: ['image'], message: 'is missing although imageAlt is given — add image: /images/… or remove imageAlt' });
    }
    if (data.updated && data.updated.instant < data.postTime.instant) {
      ctx.addIssue({ code: 'custom', path: ['updated'], message: `${data.updated.iso} is before postTime ${data.postTime.iso} — write a date on or after ${data.postTime.iso}, or remove updated` });
    }
  });

export const frontmatterKeys = Object.keys(frontmatterSchema.shape);
export const sourceKeys = Object.keys(sourceSchema.shape);
export type Frontmatter = z.infer<typeof frontmatterSchema>;
