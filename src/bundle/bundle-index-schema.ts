import { z } from './zod';
import { INDEX_FILE_PATTERN } from './read-plain-index';

/** public/bundles/index.json: the bundles this build ships. */
export const bundleIndexSchema = z.object({
  bundles: z
    .array(
      z.object({
        id: z.string().min(1),
        file: z
          .string()
          .regex(
            INDEX_FILE_PATTERN,
            'must be a .json file name in bundles/ (or one folder below it)',
          ),
        title: z.string().min(1),
        publisher: z.string().min(1),
        published: z.string().min(1),
      }),
    )
    .min(1, 'lists no bundle'),
});

export type BundleIndex = z.infer<typeof bundleIndexSchema>;
export type BundleIndexEntry = BundleIndex['bundles'][number];
