/**
 * The data contract as JSON Schema (draft 2020-12), generated from the one zod schema so the
 * published `data/schema.json` can never drift from what the validator checks. Build time only.
 */
import { z } from 'zod';
import { Country, Initiative, RelationsEvent, Release, Story } from './schema.ts';

export function dataJsonSchema(): object {
  const schema = (type: z.ZodType) => z.toJSONSchema(type, { io: 'input', unrepresentable: 'any' });
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'Central Asia – Russia relations map: data files',
    description: 'data/events/<year>.json and the published data/events.json hold arrays of `event`; the other files hold arrays of the named items.',
    $defs: {
      event: schema(RelationsEvent),
      country: schema(Country),
      initiative: schema(Initiative),
      story: schema(Story),
      release: schema(Release),
    },
  };
}
