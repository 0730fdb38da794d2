import { serializeJsonLd } from '@/lib/seo/json-ld';

/** Structured data; serializeJsonLd escapes `<`, so no value can close the script element. */
export function JsonLd({ data }: { data: object }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
