import { InputError } from '@backstage/errors';

/** The config key of the annotations added to the well-known ones. @public */
export const INFERENCE_ANNOTATIONS_CONFIG_KEY =
  'conferenceLearnings.inference.annotations';

/**
 * Validates the value of `conferenceLearnings.inference.annotations`: annotations
 * mapped to the technology each one means, e.g. `{'acme.io/helm-release': 'Helm'}`.
 * Read the value whole (`config.getOptional(key)`): annotation names contain `/`,
 * which config keys may not. The catalog module and the backend both read it, so
 * the reasons the backend gives match the catalog's relations.
 * @throws InputError naming the annotation that maps to no technology.
 * @public
 */
export function parseInferenceAnnotations(
  value: unknown,
): Record<string, string> {
  if (value === undefined) return {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InputError(
      `${INFERENCE_ANNOTATIONS_CONFIG_KEY} must map annotations to technology names`,
    );
  }
  const annotations: Record<string, string> = {};
  for (const [annotation, technology] of Object.entries(value)) {
    if (typeof technology !== 'string' || !technology.trim()) {
      throw new InputError(
        `${INFERENCE_ANNOTATIONS_CONFIG_KEY}["${annotation}"] must name a technology`,
      );
    }
    annotations[annotation] = technology;
  }
  return annotations;
}
