// What verify says of a session's recovery data, in text and in --json.
import { describe, expect, it } from 'vitest';
import { paletteFor } from '../../src/render/colors.js';
import { renderVerify, verifyDocument, type VerifyReport } from '../../src/render/verify-report.js';
import type { SessionVerification } from '../../src/verify/verify-model.js';

const plain = paletteFor({ isTTY: false });
const PAR2 = ['/.burnplan/session-02.par2', '/.burnplan/session-02.vol00+60.par2'];

function session(overrides: Partial<SessionVerification>): SessionVerification {
  return { number: 2, label: 'Photos', startLba: 500, outcome: 'damaged', checksums: 'xorriso-md5', filesChecked: 10, bytesRead: 4096, damaged: ['/a.jpg'], earlierCopies: [], missing: [], readErrors: [], treeMismatches: [], unrecorded: [], ...overrides };
}

function report(s: SessionVerification): VerifyReport {
  return { plan: '/home/me/my plans/photos.yaml', device: '/dev/sr0', discId: 'photos', discSessions: 2, sessions: [s] };
}

describe('verify on recovery data', () => {
  it('repairable: how much of it is needed, and the recover command to paste (the plan path quoted)', () => {
    const text = renderVerify(report(session({ recovery: { files: PAR2, damaged: [], estimate: { recoverySlices: 60, slicesDamaged: 3, repairable: true, sliceBytes: 4096 } } })), plain);
    expect(text).toContain("      recovery data can repair it: 3 of 60 recovery slices needed; run burnplan recover '/home/me/my plans/photos.yaml' --session 2 --out DIR\n");
  });

  it('not repairable, and a damaged PAR2 file listed apart', () => {
    const s = session({ recovery: { files: PAR2, damaged: [PAR2[1]!], estimate: { recoverySlices: 58, slicesDamaged: 75, repairable: false, sliceBytes: 4096 } } });
    const text = renderVerify(report(s), plain);
    expect(text).toContain('10 files, 4 KiB read back: 1 damaged, 1 PAR2 file damaged\n');
    expect(text).toContain(`      recovery data damaged: ${PAR2[1]}\n      recovery data cannot repair it: 75 slices damaged, 58 recovery slices\n`);
    expect(verifyDocument(report(s)).sessions[0]!.recovery).toEqual({ files: PAR2, damaged: [PAR2[1]], recovery_slices: 58, slices_damaged: 75, repairable: false, slice_bytes: 4096, unknown: null });
  });

  it('intact: what it carries; unreadable PAR2 files: why it cannot tell; none: null in --json', () => {
    const intact = session({ outcome: 'ok', damaged: [], recovery: { files: PAR2, damaged: [], estimate: { recoverySlices: 60, slicesDamaged: 0, repairable: true, sliceBytes: 4096 } } });
    expect(renderVerify(report(intact), plain)).toContain('      carries recovery data: 60 slices of 4 KiB (any 60 damaged sectors can be repaired)\n');
    const unknown = session({ recovery: { files: PAR2, damaged: PAR2, estimate: { unknown: 'its PAR2 files are unreadable (no intact PAR2 main packet)' } } });
    expect(renderVerify(report(unknown), plain)).toContain('      whether recovery data can repair it cannot be told: its PAR2 files are unreadable (no intact PAR2 main packet)\n');
    expect(verifyDocument(report(unknown)).sessions[0]!.recovery).toMatchObject({ recovery_slices: null, repairable: null, unknown: 'its PAR2 files are unreadable (no intact PAR2 main packet)' });
    expect(verifyDocument(report(session({}))).sessions[0]!.recovery).toBeNull();
  });
});
