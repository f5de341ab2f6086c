/** Why {@link ExtractError} was thrown. */
export type ExtractErrorCode =
  /** The input is neither a string nor bytes. */
  | 'INVALID_INPUT'
  /** The input exceeds `maxBytes`. */
  | 'TOO_LARGE'
  /** The bytes are compressed data (gzip, zip, zstd, bzip2, xz): decompress them first. */
  | 'COMPRESSED'
  /** The bytes are no text in any charset (an image, a PDF, random data): not a web page. */
  | 'BINARY';

/** A typed failure of `extract`: the only error it throws on purpose. */
export class ExtractError extends Error {
  override readonly name = 'ExtractError';
  constructor(readonly code: ExtractErrorCode, message: string) {
    super(message);
  }
}

/**
 * The input checks of every page reader (`extract`, `extractListing`): a string or bytes,
 * at most `maxBytes` long (UTF-16 code units for strings).
 * @throws {@link ExtractError} `INVALID_INPUT` or `TOO_LARGE`.
 */
export function checkPageInput(input: unknown, maxBytes: number, caller: string): asserts input is string | Uint8Array {
  if (typeof input !== 'string' && !(input instanceof Uint8Array)) {
    throw new ExtractError('INVALID_INPUT', `${caller}() takes a string or a Uint8Array, got ${input === null ? 'null' : typeof input}`);
  }
  if (input.length > maxBytes) {
    throw new ExtractError('TOO_LARGE', `input of ${input.length} bytes exceeds maxBytes (${maxBytes})`);
  }
}

/** Why {@link FetchError} was thrown. */
export type FetchErrorCode =
  | 'TIMEOUT'
  | 'HTTP_STATUS'
  | 'TOO_LARGE'
  | 'NOT_HTML'
  | 'ROBOTS_DISALLOWED'
  | 'REDIRECT_LOOP'
  | 'NETWORK';

/** A typed failure of the fetcher: `code` says what went wrong. */
export class FetchError extends Error {
  override readonly name = 'FetchError';
  constructor(
    readonly code: FetchErrorCode,
    message: string,
    readonly details: { url?: string; status?: number; cause?: unknown } = {},
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
  }
}

/** Why {@link FeedError} was thrown. */
export type FeedErrorCode =
  /** The input is neither a string nor bytes. */
  | 'INVALID_INPUT'
  /** The input exceeds `maxBytes`. */
  | 'TOO_LARGE'
  /** The document has no `<rss>`, `<rdf:RDF>` or `<feed>` root. */
  | 'NOT_A_FEED'
  /** `mergeFeed`: the existing feed is not well-formed XML, or not every item in it could be read; it is left as it is. */
  | 'DAMAGED';

/** A typed failure of `parseFeed` and `mergeFeed`. */
export class FeedError extends Error {
  override readonly name = 'FeedError';
  constructor(readonly code: FeedErrorCode, message: string) {
    super(message);
  }
}

/** Why {@link SiteProfileError} was thrown. */
export type SiteProfileErrorCode =
  /** Not JSON, or not a profile's shape. */
  | 'INVALID_PROFILE'
  /** A profile of a format version this library does not read. */
  | 'UNSUPPORTED_VERSION'
  /** Larger than a profile may be (1 MiB). */
  | 'TOO_LARGE';

/** A typed failure of `readSiteProfile` (a profile file from elsewhere is validated). */
export class SiteProfileError extends Error {
  override readonly name = 'SiteProfileError';
  constructor(readonly code: SiteProfileErrorCode, message: string) {
    super(message);
  }
}

/** Why {@link WarcError} was thrown. */
export type WarcErrorCode =
  /** The file cannot be opened or read (`details.cause` holds the system error: `ENOENT`, `EACCES`, `EISDIR`, ...). */
  | 'UNREADABLE'
  /** The file does not start with a WARC record (an HTML page, random bytes, an empty file). */
  | 'NOT_WARC'
  /** The file ends inside a record (a copy cut short, a writer killed mid-write). */
  | 'TRUNCATED'
  /** Bytes that are not a WARC record where one should start, or a gzip stream that cannot be decompressed. */
  | 'CORRUPT';

/**
 * A typed failure of reading a WARC file: thrown by `readWarc` (and the readers built on it)
 * after every record it could read has been yielded. `details.offset` is the byte offset
 * (in the decompressed stream for gzip files) where reading failed; `details.records` how
 * many records were read before it.
 */
export class WarcError extends Error {
  override readonly name = 'WarcError';
  constructor(
    readonly code: WarcErrorCode,
    message: string,
    readonly details: { path: string; offset?: number; records?: number; cause?: unknown },
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
  }
}
