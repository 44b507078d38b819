/** OneDrive wants byte ranges in multiples of 320 KiB and under 60 MiB per request: 5 MiB chunks. */
export const defaultChunkBytes = 16 * 320 * 1024;

export class UploadError extends Error {
  constructor(
    readonly status: number | undefined,
    message: string,
  ) {
    super(message);
    this.name = 'UploadError';
  }
}

export interface UploadOptions {
  fetch?: typeof fetch;
  chunkBytes?: number;
  /** Per request: Teams waits for the invoke's answer, which comes after the upload. */
  timeoutMs?: number;
  /** Where document bytes may go: OneDrive's https upload URLs only, unless a test says otherwise. */
  allowedUrl?: (url: URL) => boolean;
}

const httpsOnly = (url: URL): boolean => url.protocol === 'https:';

/**
 * The upload session Teams opens in the user's OneDrive when they accept a file consent card: PUT each
 * byte range with its `Content-Range`. The URL is pre-authorised, so no Authorization header is sent.
 */
export async function uploadToSession(
  uploadUrl: string,
  bytes: Uint8Array,
  options: UploadOptions = {},
): Promise<void> {
  const send = options.fetch ?? fetch;
  const chunkBytes = options.chunkBytes ?? defaultChunkBytes;
  const total = bytes.byteLength;
  if (total === 0) throw new UploadError(undefined, 'An upload session cannot take an empty file.');
  if (!URL.canParse(uploadUrl) || !(options.allowedUrl ?? httpsOnly)(new URL(uploadUrl))) {
    throw new UploadError(undefined, 'The upload URL is not an https:// URL.');
  }
  for (let start = 0; start < total; start += chunkBytes) {
    const end = Math.min(start + chunkBytes, total);
    let response: Response;
    try {
      response = await send(uploadUrl, {
        method: 'PUT',
        headers: { 'Content-Range': `bytes ${start}-${end - 1}/${total}` },
        body: bytes.slice(start, end),
        signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
      });
    } catch (error) {
      throw new UploadError(
        undefined,
        `Upload request failed: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    // The body is small JSON (next expected ranges, then the drive item): read it so the socket is released.
    await response.arrayBuffer();
    if (!response.ok)
      throw new UploadError(
        response.status,
        `Upload of bytes ${start}-${end - 1}/${total} answered ${response.status}.`,
      );
  }
}
