/*
 * Makes chosen sectors of one image file unreadable, as a scratched disc's are: a read that
 * starts on such a sector fails with EIO; one that starts before it stops short at it, as the
 * kernel's read of a block device returns the bytes it had before the error. Loaded with
 * LD_PRELOAD into a test's burnplan (and the tools it starts), it works below Node and libuv, at
 * the read calls themselves, so the code under test meets the errors a drive gives.
 *
 *   UNREADABLE_IMAGE=/abs/path/disc.img   the image (compared with the open descriptor's path)
 *   UNREADABLE_LBAS=100,205-207           its unreadable sectors (2048 bytes each)
 *   UNREADABLE_TRIES=N                    optional: each of them reads on its Nth try (2: fails once)
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <unistd.h>

#define SECTOR 2048
#define MAX_RANGES 512

struct range { long long first, last; int failures; };

static struct range ranges[MAX_RANGES];
static int range_count = -1;
static char image[4096];
static int tries_to_read;

static void load(void) {
  if (range_count >= 0) return;
  range_count = 0;
  const char *path = getenv("UNREADABLE_IMAGE");
  const char *lbas = getenv("UNREADABLE_LBAS");
  const char *tries = getenv("UNREADABLE_TRIES");
  if (!path || !lbas || !realpath(path, image)) { image[0] = 0; return; }
  tries_to_read = tries ? atoi(tries) : 0;
  for (const char *p = lbas; *p && range_count < MAX_RANGES;) {
    char *end;
    long long first = strtoll(p, &end, 10), last = first;
    if (end == p) break;
    if (*end == '-') last = strtoll(end + 1, &end, 10);
    ranges[range_count++] = (struct range){ first, last, 0 };
    p = *end == ',' ? end + 1 : end;
  }
}

static int is_image(int fd) {
  char link[64], target[4096];
  load();
  if (!image[0]) return 0;
  snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
  ssize_t n = readlink(link, target, sizeof target - 1);
  if (n < 0) return 0;
  target[n] = 0;
  return strcmp(target, image) == 0;
}

/* The bytes of [offset, offset + count) that read before the first unreadable sector; -1 if it is the first. */
static long long readable_before(long long offset, long long count) {
  long long first_sector = offset / SECTOR, last_sector = (offset + count - 1) / SECTOR;
  long long stop = -1;
  for (int i = 0; i < range_count; i++) {
    struct range *r = &ranges[i];
    if (r->last < first_sector || r->first > last_sector) continue;
    long long hit = r->first > first_sector ? r->first : first_sector;
    if (stop < 0 || hit < stop) stop = hit;
  }
  if (stop < 0) return count;
  if (stop > first_sector) return stop * SECTOR - offset;
  for (int i = 0; i < range_count; i++) {
    struct range *r = &ranges[i];
    if (stop < r->first || stop > r->last) continue;
    if (tries_to_read > 0 && ++r->failures >= tries_to_read) { r->first++; r->failures = 0; return readable_before(offset, count); }
  }
  return -1;
}

static ssize_t (*real_pread64)(int, void *, size_t, off_t);
static ssize_t (*real_read)(int, void *, size_t);
static ssize_t (*real_preadv)(int, const struct iovec *, int, off_t);

static ssize_t checked_pread(int fd, void *buffer, size_t count, off_t offset) {
  if (!real_pread64) real_pread64 = dlsym(RTLD_NEXT, "pread64");
  if (count == 0 || !is_image(fd)) return real_pread64(fd, buffer, count, offset);
  long long readable = readable_before(offset, (long long)count);
  if (readable < 0) { errno = EIO; return -1; }
  return real_pread64(fd, buffer, (size_t)readable, offset);
}

ssize_t pread64(int fd, void *buffer, size_t count, off_t offset) { return checked_pread(fd, buffer, count, offset); }
ssize_t pread(int fd, void *buffer, size_t count, off_t offset) { return checked_pread(fd, buffer, count, offset); }

ssize_t read(int fd, void *buffer, size_t count) {
  if (!real_read) real_read = dlsym(RTLD_NEXT, "read");
  if (count == 0 || !is_image(fd)) return real_read(fd, buffer, count);
  off_t at = lseek(fd, 0, SEEK_CUR);
  if (at < 0) return real_read(fd, buffer, count);
  long long readable = readable_before(at, (long long)count);
  if (readable < 0) { errno = EIO; return -1; }
  return real_read(fd, buffer, (size_t)readable);
}

/* One buffer at a time, so a short read ends the call as the kernel's would. */
static ssize_t checked_preadv(int fd, const struct iovec *iov, int iovcnt, off_t offset) {
  if (!real_preadv) real_preadv = dlsym(RTLD_NEXT, "preadv64");
  if (!is_image(fd)) return real_preadv(fd, iov, iovcnt, offset);
  ssize_t total = 0;
  for (int i = 0; i < iovcnt; i++) {
    ssize_t got = checked_pread(fd, iov[i].iov_base, iov[i].iov_len, offset + total);
    if (got < 0) return total > 0 ? total : -1;
    total += got;
    if ((size_t)got < iov[i].iov_len) break;
  }
  return total;
}

ssize_t preadv64(int fd, const struct iovec *iov, int iovcnt, off_t offset) { return checked_preadv(fd, iov, iovcnt, offset); }
ssize_t preadv(int fd, const struct iovec *iov, int iovcnt, off_t offset) { return checked_preadv(fd, iov, iovcnt, offset); }
