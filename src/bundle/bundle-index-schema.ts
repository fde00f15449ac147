import { z } from './zod';

/** public/bundles/index.json: the bundles this build ships. */
export const bundleIndexSchema = z.object({
  bundles: z
    .array(
      z.object({
        id: z.string().min(1),
        // One optional folder level (bundles/fixtures/…), never "..": the file stays in bundles/.
        file: z
          .string()
          .regex(
            /^(?:[A-Za-z0-9_-]+\/)?[A-Za-z0-9_.-]+\.json$/,
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
