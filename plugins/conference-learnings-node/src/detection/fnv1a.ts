/** FNV-1a's 32-bit offset basis: the hash of nothing, where {@link fnv1a} starts. */
export const FNV1A_OFFSET_BASIS = 0x811c9dc5;

/**
 * One step of FNV-1a, 32 bits: the hash after `code` (a UTF-16 code unit, or
 * any other 16-bit value) follows the text that hashed to `hash`. Hash a text
 * by starting from {@link FNV1A_OFFSET_BASIS} and stepping through its codes.
 * A step rather than a loop over a string, so that the tokenizer hashes the
 * lowercased codes it scans anyway without making strings; V8 inlines it.
 */
export function fnv1a(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193);
}
