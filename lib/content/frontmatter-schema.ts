import { z } from 'zod';
import { locales } from '@/lib/i18n/locales';
import { parsePostTime } from './post-time';

const postTime = z.string({ error: 'must be a date like 2023-09-25 or a date-time like 2023-09-25T10:30:00+05:30' }).transform((raw, ctx) => {
  const result = parsePostTime(raw);
  if (result.ok) return result.value;
  ctx.addIssue({ code: 'custom', message: result.problem });
  return z.NEVER;
});

const idList = (what: string) =>
  z.array(z.string({ error: `each ${what} id must be text` }), {
    error: `must be a list, e.g. [${what === 'organisation' ? 'china-leather-association' : 'leather'}]`,
  });

/** The editors' contract (shared/spec/content-format.md) for frontmatter, field by field. */
export const frontmatterSchema = z
  .strictObject({
    title: z.string({ error: 'must be text' }).trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters; shorten the headline'),
    summary: z.string({ error: 'must be text' }).trim().min(1, 'must not be empty').max(300, 'must be at most 300 characters; keep it to one or two sentences'),
    postTime,
    locale: z.enum(locales, { error: `must be one of ${locales.join(', ')}` }),
    organisations: idList('organisation').min(1, 'name at least one organisation id from organisations.yml'),
    tags: idList('tag').optional(),
    updated: postTime.optional(),
    image: z.string({ error: 'must be text' }).regex(/^\/[^\s]*$/, 'must be a path under public/ starting with /, e.g. /images/cover.jpg').optional(),
    imageAlt: z.string({ error: 'must be text' }).trim().min(1, 'must describe the image in words').optional(),
    source: z
      .strictObject(
        {
          name: z.string({ error: 'must be text' }).trim().min(1, 'must not be empty'),
          url: z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// address' }),
        },
        { error: 'must have name: and url: lines indented under source:' },
      )
      .optional(),
    draft: z.boolean({ error: 'must be true or false' }).optional(),
    aliases: z
      .array(z.string().regex(/^\/[^\s?#]*$/, 'each alias is a path starting with /, e.g. /hi/articles/old-slug'), { error: 'must be a list of paths' })
      .optional(),
  })
  .superRefine((data, ctx) => {
    if (data.image && !data.imageAlt) {
      ctx.addIssue({ code: 'custom', path: ['imageAlt'], message: 'is required when image is given; describe what the image shows' });
    }
    if (data.imageAlt && !data.image) {
      ctx.addIssue({ code: 'custom', path: ['image'], message: 'is missing although imageAlt is given; add the image path or remove imageAlt' });
    }
    if (data.updated && data.updated.instant < data.postTime.instant) {
      ctx.addIssue({ code: 'custom', path: ['updated'], message: `${data.updated.iso} is before postTime ${data.postTime.iso}; it cannot be earlier` });
    }
  });

export const frontmatterKeys = Object.keys(frontmatterSchema.shape);
export type Frontmatter = z.infer<typeof frontmatterSchema>;
