/**
 * The text of a talk the detection engine reads: its title and its abstract,
 * one paragraph each. The catalog processor and the CLI's `tag` and `import --tag`
 * detect on exactly this text, so they find the same technologies.
 * @public
 */
export function talkTextForDetection(
  title: string | undefined,
  description?: string,
): string {
  return [title, description].filter(Boolean).join('\n\n');
}
