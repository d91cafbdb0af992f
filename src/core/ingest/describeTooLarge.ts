/** Sizes are shown and limits set in megabytes of 1,048,576 bytes, as file managers show them. */
export const bytesPerMegabyte = 1024 * 1024;

const megabytes = (bytes: number) => `${(bytes / bytesPerMegabyte).toFixed(1)} MB`;

/**
 * Why a file over the size limit is refused, and the two ways on: split it, or import it with a
 * higher limit (the CLI's `--max-file-size`, named with a value that would admit this file).
 */
export function describeTooLarge(fileName: string, size: number, maxBytes: number): string {
  // Just over the limit, both round to the same megabytes; "1.0 MB, over the 1.0 MB limit" would read as a bug.
  const isClose = megabytes(size) === megabytes(maxBytes);
  const sizeText = isClose ? `${size} bytes` : megabytes(size);
  const limitText = isClose ? `${maxBytes}-byte` : megabytes(maxBytes);
  const neededMegabytes = Math.ceil(size / bytesPerMegabyte);
  return (
    `${fileName} is ${sizeText}, over the ${limitText} limit for one source. A news article is far smaller: ` +
    'check that this is the right file, or split it into one file per article. To import it whole, raise the limit: ' +
    `triangulate import --max-file-size ${neededMegabytes} <file>.`
  );
}
