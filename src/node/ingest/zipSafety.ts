// Checks a DOCX's zip before anything inflates it: a few kilobytes can unpack to gigabytes.
// Declared sizes and ratios are checked from the central directory, then every part (media too:
// a picture whose header lied slipped through when only the XML was inflated) is inflated and its
// real bytes counted against the same budget, so a zip that lies about its sizes is caught too.
import { fromBuffer, type Entry, type ZipFile } from 'yauzl';
import { AttacheError } from '../../core/errors';
import { XmlTally } from './xmlTally';

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
  /** Elements and paragraphs in the document's XML parts (word/*.xml), counted as they were inflated. */
  xml: { elements: number; paragraphs: number };
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
  const xml = new XmlTally();
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
        if (!entry.fileName.endsWith('/')) toInflate.push(entry);
        zip.readEntry();
      });
      zip.readEntry();
    });
    // The central directory can lie: inflate every part, counting the bytes that really come out
    // (yauzl's size validation also stops a part that gives more than its header says).
    const budget = { left: limits.maxTotalBytes };
    for (const entry of toInflate) {
      const tally = /^word\/[^/]+\.xml$/i.test(entry.fileName) ? xml : undefined;
      const real = await drain(zip, entry, budget, tally);
      if (real === null) throw bomb(`over ${Math.round(limits.maxTotalBytes / 1048576)} MB unpacked`);
      const ratio = real / Math.max(1, entry.compressedSize);
      if (real > 1024 * 1024 && ratio > limits.maxRatio) throw bomb(`one part is compressed ${Math.round(ratio)} to 1`);
    }
  } catch (err) {
    zip.close();
    if (err instanceof AttacheError) throw err;
    const message = err instanceof Error ? err.message : String(err);
    if (/too many bytes|exceed|size/i.test(message)) throw bomb('a part is larger than its header says');
    throw new AttacheError('DOCX_INVALID', `${fileName}: the document is damaged (${message}). Open it in Word and save it again, then import it.`, { file: fileName, cause: err });
  }
  zip.close();
  return { names, xml: { elements: xml.elements, paragraphs: xml.paragraphs } };
}

function openZip(bytes: Buffer): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true, autoClose: false }, (err, zip) => {
      if (err || !zip) reject(err ?? new Error('no zip'));
      else resolve(zip);
    });
  });
}

/** Inflates one part and gives the bytes it really holds, or null once the budget is spent; an XML part's tags are counted on the way. */
function drain(zip: ZipFile, entry: Entry, budget: { left: number }, tally?: XmlTally): Promise<number | null> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => {
      if (err || !stream) return reject(err ?? new Error('cannot read a part'));
      let bytes = 0;
      let over = false;
      stream.on('data', (chunk: Buffer) => {
        if (over) return;
        bytes += chunk.length;
        budget.left -= chunk.length;
        if (budget.left < 0) {
          // Stop inflating at once: the rest of a bomb is never unpacked.
          over = true;
          stream.destroy();
          resolve(null);
          return;
        }
        tally?.add(chunk);
      });
      stream.on('error', (e) => (over ? undefined : reject(e)));
      stream.on('end', () => {
        tally?.finish();
        resolve(bytes);
      });
    });
  });
}
