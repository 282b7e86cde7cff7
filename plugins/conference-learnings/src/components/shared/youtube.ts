const VIDEO_ID = /^[A-Za-z0-9_-]{11}$/;

/**
 * The YouTube video id of a YouTube URL (`watch?v=`, `youtu.be/`, `embed/`,
 * `live/`, `shorts/`), only when it is exactly 11 safe characters; otherwise
 * undefined, and the caller shows a plain link.
 */
export function youTubeVideoId(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    return undefined;
  }
  const host = parsed.hostname.toLocaleLowerCase('en-US').replace(/^www\./, '');
  let id: string | null | undefined;
  if (host === 'youtu.be') {
    id = parsed.pathname.split('/')[1];
  } else if (
    host === 'youtube.com' ||
    host === 'm.youtube.com' ||
    host === 'youtube-nocookie.com'
  ) {
    const [first, second] = parsed.pathname.split('/').slice(1);
    if (first === 'watch') id = parsed.searchParams.get('v');
    else if (['embed', 'live', 'shorts', 'v'].includes(first)) id = second;
  }
  return id && VIDEO_ID.test(id) ? id : undefined;
}

/** The privacy-enhanced embed URL of a video id from {@link youTubeVideoId}. */
export function youTubeEmbedUrl(id: string): string {
  if (!VIDEO_ID.test(id)) throw new Error(`Not a YouTube video id: ${id}`);
  return `https://www.youtube-nocookie.com/embed/${id}`;
}
