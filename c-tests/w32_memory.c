/* Win32 basics: LocalAlloc/GlobalAlloc memory, from a source that spells the header
 * <Windows.h> (as many Windows sources do; include/win32/Windows.h forwards to it).
 * - LocalAlloc: fixed and moveable; LMEM_ZEROINIT/LPTR/LHND zero; LocalSize is the size
 *   asked for (also 0); LocalLock gives the block's address; LocalFree returns NULL,
 *   ignores NULL, and returns the handle with ERROR_INVALID_HANDLE for a block freed
 *   already or never allocated;
 * - LocalReAlloc: grows (zeroing with LMEM_ZEROINIT, keeping the contents) and shrinks;
 *   unknown handles give NULL with ERROR_INVALID_HANDLE; LMEM_MODIFY keeps the block;
 * - GlobalAlloc the same, with GlobalLock/GlobalUnlock lock counts of moveable blocks
 *   (ERROR_NOT_LOCKED past the last unlock); GlobalFree of a LocalAlloc block works (one
 *   heap). */
#include <Windows.h>

#include "common.h"

static int all_zero(const void *p, size_t n) {
  const unsigned char *b = (const unsigned char *)p;
  for (size_t i = 0; i < n; i++)
    if (b[i]) return 0;
  return 1;
}

int main(void) {
  int stack_var = 0;

  /* Fixed, zeroed. */
  HLOCAL a = LocalAlloc(LPTR, 100);
  REQUIRE(a != NULL);
  CHECK(all_zero(a, 100));
  CHECK_EQ(LocalSize(a), 100);
  CHECK(LocalLock(a) == a);
  memset(a, 'x', 100);

  /* Grow with LMEM_MOVEABLE | LMEM_ZEROINIT: contents kept, the rest zeroed. */
  HLOCAL b = LocalReAlloc(a, 5000, LMEM_MOVEABLE | LMEM_ZEROINIT);
  REQUIRE(b != NULL);
  CHECK_EQ(LocalSize(b), 5000);
  CHECK(((char *)b)[0] == 'x' && ((char *)b)[99] == 'x');
  CHECK(all_zero((char *)b + 100, 4900));
  /* Shrink (in place); LMEM_MODIFY changes no size. */
  CHECK(LocalReAlloc(b, 10, 0) == b);
  CHECK_EQ(LocalSize(b), 10);
  CHECK(LocalReAlloc(b, 0, LMEM_MODIFY | LMEM_MOVEABLE) == b);
  CHECK_EQ(LocalSize(b), 10);
  CHECK(LocalFree(b) == NULL);

  /* Double free and unknown handles. */
  SetLastError(0);
  CHECK(LocalFree(b) == b);
  CHECK_EQ(GetLastError(), ERROR_INVALID_HANDLE);
  SetLastError(0);
  CHECK(LocalFree(&stack_var) == (HLOCAL)&stack_var);
  CHECK_EQ(GetLastError(), ERROR_INVALID_HANDLE);
  CHECK(LocalFree(NULL) == NULL);
  SetLastError(0);
  CHECK_EQ(LocalSize(b), 0);
  CHECK_EQ(GetLastError(), ERROR_INVALID_HANDLE);
  CHECK_EQ(LocalSize(NULL), 0);
  SetLastError(0);
  CHECK(LocalReAlloc(b, 10, LMEM_MOVEABLE) == NULL);
  CHECK_EQ(GetLastError(), ERROR_INVALID_HANDLE);
  CHECK(LocalReAlloc(NULL, 10, LMEM_MOVEABLE) == NULL);
  CHECK(LocalLock(NULL) == NULL);
  CHECK(LocalLock(&stack_var) == NULL);

  /* Size 0 is a block too. */
  HLOCAL z = LocalAlloc(LMEM_FIXED, 0);
  REQUIRE(z != NULL);
  CHECK_EQ(LocalSize(z), 0);
  CHECK(LocalFree(z) == NULL);

  /* Moveable: the handle locks to its address; lock counts. */
  HLOCAL m = LocalAlloc(LHND, 64);
  REQUIRE(m != NULL);
  char *mp = (char *)LocalLock(m);
  REQUIRE(mp != NULL);
  CHECK(all_zero(mp, 64));
  CHECK(LocalUnlock(m) == FALSE);
  CHECK_EQ(GetLastError(), NO_ERROR);
  SetLastError(0);
  CHECK(LocalUnlock(m) == FALSE);
  CHECK_EQ(GetLastError(), ERROR_NOT_LOCKED);
  CHECK(LocalFree(m) == NULL);

  /* Many blocks, freed in another order. */
  HLOCAL many[64];
  for (int i = 0; i < 64; i++) {
    many[i] = LocalAlloc(LMEM_FIXED, (SIZE_T)i * 7 + 1);
    REQUIRE(many[i] != NULL);
    memset(many[i], i, (size_t)i * 7 + 1);
  }
  for (int i = 63; i >= 0; i -= 2) CHECK(LocalFree(many[i]) == NULL);
  for (int i = 0; i < 64; i += 2) {
    CHECK_EQ(LocalSize(many[i]), (SIZE_T)i * 7 + 1);
    CHECK(LocalFree(many[i]) == NULL);
  }

  /* GlobalAlloc: fixed zeroed, moveable with locks. */
  HGLOBAL g = GlobalAlloc(GPTR, 33);
  REQUIRE(g != NULL);
  CHECK(all_zero(g, 33));
  CHECK_EQ(GlobalSize(g), 33);
  CHECK(GlobalLock(g) == g);
  CHECK(GlobalUnlock(g) != FALSE); /* fixed memory: as Wine */
  CHECK(GlobalFree(g) == NULL);
  CHECK(GlobalFree(g) == g);
  CHECK_EQ(GetLastError(), ERROR_INVALID_HANDLE);

  HGLOBAL h = GlobalAlloc(GHND, 16);
  REQUIRE(h != NULL);
  char *p1 = (char *)GlobalLock(h);
  char *p2 = (char *)GlobalLock(h);
  REQUIRE(p1 != NULL && p1 == p2);
  CHECK(all_zero(p1, 16));
  lstrcpyA(p1, "moveable");
  CHECK(GlobalUnlock(h) != FALSE); /* still locked once */
  CHECK(GlobalUnlock(h) == FALSE);
  CHECK_EQ(GetLastError(), NO_ERROR);
  CHECK(GlobalUnlock(h) == FALSE);
  CHECK_EQ(GetLastError(), ERROR_NOT_LOCKED);
  /* A moveable block may move: its new handle carries the contents. */
  HGLOBAL h2 = GlobalReAlloc(h, 100000, GMEM_MOVEABLE);
  REQUIRE(h2 != NULL);
  CHECK_EQ(GlobalSize(h2), 100000);
  CHECK(strcmp((char *)GlobalLock(h2), "moveable") == 0);
  GlobalUnlock(h2);
  CHECK(GlobalFree(h2) == NULL);
  SetLastError(0);
  CHECK(GlobalLock(&stack_var) == NULL);
  CHECK_EQ(GetLastError(), ERROR_INVALID_HANDLE);
  CHECK(GlobalUnlock(NULL) == FALSE);
  CHECK_EQ(GetLastError(), ERROR_INVALID_HANDLE);
  CHECK_EQ(GlobalSize(NULL), 0);

  /* One heap: LocalAlloc memory is freed by GlobalFree. */
  HLOCAL x = LocalAlloc(LMEM_FIXED, 8);
  REQUIRE(x != NULL);
  CHECK(GlobalFree(x) == NULL);
  CHECK(LocalFree(x) == x);

  /* The flags have the SDK's values. */
  CHECK_EQ(LMEM_FIXED, 0);
  CHECK_EQ(LMEM_MOVEABLE, 2);
  CHECK_EQ(LMEM_ZEROINIT, 0x40);
  CHECK_EQ(LPTR, 0x40);
  CHECK_EQ(LHND, 0x42);
  CHECK_EQ(GMEM_FIXED, 0);
  CHECK_EQ(GMEM_MOVEABLE, 2);
  CHECK_EQ(GMEM_ZEROINIT, 0x40);
  CHECK_EQ(GPTR, 0x40);
  CHECK_EQ(GHND, 0x42);
  TEST_DONE();
}
