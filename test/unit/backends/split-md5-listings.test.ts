// One xorriso run listing the recorded MD5s of several sessions, parted again: each part reads
// as a run for that session alone would, on captures of the real xorriso.
import { describe, expect, it } from 'vitest';
import { md5ListingsCommand, splitMd5Listings } from '../../../src/backends/split-md5-listings.js';
import { parseXorrisoMd5s } from '../../../src/verify/parse-xorriso-md5s.js';
import { localStreams } from '../../helpers/fixtures.js';

const command = { program: 'xorriso', args: [] };
const run = (stem: string, exitCode = 0) => ({ command, exitCode, ...localStreams(stem) });
const md5sOf = (listings: Map<number, { stdout: string }>, lba: number) => [...parseXorrisoMd5s(listings.get(lba)!.stdout).keys()];

describe('md5ListingsCommand', () => {
  it('acquires the drive once, then loads each tree with -load alone, each listing after its marker', () => {
    expect(md5ListingsCommand('xorriso', 'stdio:/tmp/xo3/ms.iso', [32, 64]).args).toEqual([
      '-abort_on', 'FAILURE', '-md5', 'on',
      '-load', 'sbsector', '32', '-indev', 'stdio:/tmp/xo3/ms.iso', '-print', 'burnplan: MD5s of the tree at LBA 32', '-find', '/', '-type', 'f', '-exec', 'get_md5', '--',
      '-load', 'sbsector', '64', '-print', 'burnplan: MD5s of the tree at LBA 64', '-find', '/', '-type', 'f', '-exec', 'get_md5', '--',
    ]);
  });
});

describe('splitMd5Listings', () => {
  it('gives each session the MD5s of its own tree (each later tree carries the earlier files)', () => {
    const listings = splitMd5Listings(run('xorriso-md5-listings-stdio-3sessions'), [32, 64, 96]);
    expect([...listings.keys()]).toEqual([32, 64, 96]);
    expect(md5sOf(listings, 32)).toEqual(['/a/one.txt']);
    expect(md5sOf(listings, 64)).toEqual(['/a/one.txt', '/b/two.txt']);
    expect(md5sOf(listings, 96)).toEqual(['/a/one.txt', '/b/two.txt', "/c/it's three.txt"]);
    expect(parseXorrisoMd5s(listings.get(96)!.stdout).get('/b/two.txt')).toBe('f0cf2a92516045024a0c99147b28f05b');
    for (const listing of listings.values()) {
      expect(listing.exitCode).toBe(0);
      expect(listing.stdout).not.toContain('burnplan:');
      expect(listing.stderr.match(/Loading ISO image tree/g)).toHaveLength(1);
    }
    expect(listings.get(64)!.stderr).toContain('Loading ISO image tree from LBA 64');
  });

  it('a session whose header is broken gets the empty listing xorriso gives for it alone; the others theirs', () => {
    const listings = splitMd5Listings(run('xorriso-md5-listings-stdio-session2-broken'), [32, 64, 96]);
    expect(md5sOf(listings, 64)).toEqual([]);
    expect(listings.get(64)!.stderr).toContain('No ISO 9660 image at LBA 64');
    expect(md5sOf(listings, 96)).toHaveLength(3);
  });

  it('a run that stopped while loading the second tree: the first listing whole, the second with the run\'s ending, the third left out', () => {
    const whole = run('xorriso-md5-listings-stdio-3sessions');
    const cutErr = whole.stderr.slice(0, whole.stderr.indexOf('Volume id    : \'S_b\''));
    const cutOut = whole.stdout.slice(0, whole.stdout.indexOf('burnplan: MD5s of the tree at LBA 64'));
    const listings = splitMd5Listings({ command, exitCode: 5, stdout: cutOut, stderr: `${cutErr}xorriso : FAILURE : Cannot read\n` }, [32, 64, 96]);
    expect([...listings.keys()]).toEqual([32, 64]);
    expect(listings.get(32)!.exitCode).toBe(0);
    expect(md5sOf(listings, 32)).toEqual(['/a/one.txt']);
    expect(listings.get(64)).toMatchObject({ exitCode: 5, stdout: '' });
    expect(listings.get(64)!.stderr).toContain('FAILURE : Cannot read');
  });

  it('parts nothing it cannot attribute: no drive, a tree loaded from another LBA, markers out of order', () => {
    expect(splitMd5Listings(run('xorriso-toc-md5-no-drive', 5), [32]).size).toBe(0);
    // xorriso says it loaded the tree at 64 where 96 was asked: that part is not the session's
    const whole = run('xorriso-md5-listings-stdio-3sessions');
    const elsewhere = { ...whole, stderr: whole.stderr.replace('Loading ISO image tree from LBA 96', 'Loading ISO image tree from LBA 64') };
    expect([...splitMd5Listings(elsewhere, [32, 64, 96]).keys()]).toEqual([32, 64]);
    // a marker of another run
    expect(splitMd5Listings(whole, [32, 64, 100]).size).toBe(0);
    expect(splitMd5Listings(run('xorriso-md5-listings-stdio-3sessions'), [32, 96, 64]).size).toBe(0);
    expect(splitMd5Listings(run('xorriso-md5-listings-stdio-3sessions'), [32, 64]).size).toBe(0);
  });
});
