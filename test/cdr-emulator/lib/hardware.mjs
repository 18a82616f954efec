// The emulated hardware: the media that can be inserted (their ATIP values) and the drive (its
// identity and sizes, all from real captures).

export const SECTOR = 2048;

// Media (ATIP values: see the header of cdrecord-emulator.mjs)
export const MEDIA = {
  'cd-r:80': {
    media: 'cd-r', minutes: 80, leadIn: { m: 97, s: 27, f: 18 }, leadOut: 359849, erasable: false,
    indWrPower: 5, refSpeed: 0, subType: 4, uru: false, rcap: 0,
  },
  'cd-r:74': {
    media: 'cd-r', minutes: 74, leadIn: { m: 97, s: 27, f: 19 }, leadOut: 332850, erasable: false,
    indWrPower: 5, refSpeed: 0, subType: 4, uru: false, rcap: 348442,
  },
  'cd-rw:80': {
    media: 'cd-rw', minutes: 80, leadIn: { m: 97, s: 10, f: 0 }, leadOut: 359849, erasable: true,
    indWrPower: 4, refSpeed: 2, subType: 1, uru: false, rcap: 0,
  },
  'cd-rw:74': {
    media: 'cd-rw', minutes: 74, leadIn: { m: 97, s: 10, f: 0 }, leadOut: 332850, erasable: true,
    indWrPower: 4, refSpeed: 2, subType: 1, uru: false, rcap: 0,
  },
};

// The emulated drive (identity from real captures)
// HL-DT-ST DVDRAM GH22NS40 NL02: wodim-burn-dvdr-sao-progress-01.txt (inquiry, buffer, DMA speed).
export const DRIVE = {
  vendor: 'HL-DT-ST', ident: 'DVDRAM GH22NS40 ', revision: 'NL02', bufSize: 1114112, dmaKBs: 17295,
  maxSpeedCdr: 48, maxSpeedCdrw: 24,
};
export const SCSI_BUFSIZE = 64512; // "SCSI buffer size: 64512" [cap:wodim-burn-dvdr-sao-progress-01]
export const SECS_PER_TRANSFER = Math.min(255, Math.floor(SCSI_BUFSIZE / SECTOR)); // set_trsizes()
export const FIFO_SIZE = 4 * 1024 * 1024; // DEFAULT_FIFOSIZE (usage: "default is 4 MB")
export const PAD_SECS = 15; // -pad: PAD_SIZE = 15 sectors (usage "-pad Pad data tracks with %d zeroed sectors")
