// Checks a DOCX's zip before anything inflates it: a few kilobytes can unpack to gigabytes.
// Declared sizes and ratios are checked from the central directory, then every part is inflated
// with a byte budget and its real size checked against its header, so a zip that lies is caught.
import { fromBuffer, type Entry, type ZipFile } from 'yauzl';
import { AttacheError } from '../../core/errors';

export interface ZipLimits {
  /** Most bytes all entries may unpack to. */
  maxTotalBytes: number;
  /** Highest uncompressed/compressed ratio tolerated for an entry larger than 1 MB. */
  maxRatio: number;
  maxEntries: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxTotalBytes: 512 * 1024 * 1024, maxRatio: 200, maxEntries: 10_000 };

export interface ZipSummary {
  names: string[];
}

export async function checkZipSafety(bytes: Buffer, fileName: string, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<ZipSummary> {
  let zip: ZipFile;
  try {
    zip = await openZip(bytes);
  } catch (err) {
    throw new AttacheError('DOCX_INVALID', `${fileName}: this is not a Word document (it is not a valid .docx zip). Open it in Word and save it as .docx, then import it again.`, { file: fileName, cause: err });
  }
  const bomb = (why: string) =>
    new AttacheError('ZIP_BOMB', `${fileName}: the document unpacks to far more data than it holds (${why}), which is how a zip bomb works; Attaché did not open it. Ask the sender for a plain copy.`, { file: fileName });
  const names: string[] = [];
  const toInflate: Entry[] = [];
  let total = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('error', reject);
      zip.on('end', () => resolve());
      zip.on('entry', (entry: Entry) => {
        names.push(entry.fileName);
        total += entry.uncompressedSize;
        if (names.length > limits.maxEntries) return reject(bomb(`more than ${limits.maxEntries} parts`));
        if (total > limits.maxTotalBytes) return reject(bomb(`over ${Math.round(limits.maxTotalBytes / 1048576)} MB unpacked`));
        const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
        if (entry.uncompressedSize > 1024 * 1024 && ratio > limits.maxRatio) {
          return reject(bomb(`one part is compressed ${Math.round(ratio)} to 1`));
        }
        toInflate.push(entry);
        zip.readEntry();
      });
      zip.readEntry();
    });
    // The central directory can lie: every part (media too: the document reader may open any)
    // is inflated with yauzl's size validation on, and the bytes it really gives are counted.
    let inflated = 0;
    const budget = () => {
      if (inflated > limits.maxTotalBytes) throw bomb(`over ${Math.round(limits.maxTotalBytes / 1048576)} MB unpacked`);
    };
    for (const entry of toInflate) {
      await drain(zip, entry, (n) => {
        inflated += n;
        budget();
      });
    }
  } catch (err) {
    zip.close();
    if (err instanceof AttacheError) throw err;
    const message = err instanceof Error ? err.message : String(err);
    if (/too many bytes|exceed|size/i.test(message)) throw bomb('a part is larger than its header says');
    throw new AttacheError('DOCX_INVALID', `${fileName}: the document is damaged (${message}). Open it in Word and save it again, then import it.`, { file: fileName, cause: err });
  }
  zip.close();
  return { names };
}

function openZip(bytes: Buffer): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true, autoClose: false }, (err, zip) => {
      if (err || !zip) reject(err ?? new Error('no zip'));
      else resolve(zip);
    });
  });
}

function drain(zip: ZipFile, entry: Entry, counted: (bytes: number) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => {
      if (err || !stream) return reject(err ?? new Error('cannot read a part'));
      stream.on('error', reject);
      stream.on('end', () => resolve());
      stream.on('data', (chunk: Buffer) => {
        try {
          counted(chunk.length);
        } catch (over) {
          stream.destroy();
          reject(over);
        }
      });
    });
  });
}
