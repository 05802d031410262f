/* Handles and types: HLINEAPP, HLINE and HCALL are 32-bit opaque DWORDs; DWORD and LONG
 * are 32 bits (unsigned / signed), WCHAR is 16 bits (UTF-16 code unit, not wchar_t),
 * DWORD_PTR is as wide as a pointer. The SDK packs its structures to 1 byte, so on
 * 64-bit sizeof(LINEINITIALIZEEXPARAMS) is 28 (not 32) and sizeof(LINEMESSAGE) is 40.
 * The LINEERR_ constants are unsigned 32-bit hex literals (LINEERR_INVALCALLHANDLE is
 * 0x80000018), never `long` literals, which would be 64 bits wide on LP64. */
#include <stddef.h>

#include "common.h"

/* A LINEERR_ constant must be a 4-byte unsigned value: x - x - 1 wraps to 0xFFFFFFFF
 * only for a 32-bit unsigned type (a signed one gives -1, a 64-bit one 0xFFFF...F). */
#define CHECK_ERR_CONST(c, value)                                                   \
  do {                                                                              \
    CHECK_EQ(sizeof(c), 4);                                                         \
    CHECK_EQ((c), (value));                                                         \
    CHECK((c) - (c) - 1 == 0xFFFFFFFFu);                                            \
    CHECK((c) - (c) - 1 > 0);                                                       \
  } while (0)

int main(void) {
  /* Widths. */
  CHECK_EQ(sizeof(DWORD), 4);
  CHECK_EQ(sizeof(LONG), 4);
  CHECK_EQ(sizeof(WCHAR), 2);
  CHECK_EQ(sizeof(WORD), 2);
  CHECK_EQ(sizeof(DWORD_PTR), sizeof(void *));
  CHECK_EQ(sizeof(HLINEAPP), 4);
  CHECK_EQ(sizeof(HLINE), 4);
  CHECK_EQ(sizeof(HCALL), 4);

  /* Signedness, through volatile objects so the compiler cannot fold the checks. */
  volatile DWORD d = 0;
  d = d - 1;
  CHECK(d > 0);
  CHECK_EQ(d, 0xFFFFFFFFu);
  volatile HCALL hc = 0;
  hc = hc - 1;
  CHECK(hc > 0);
  CHECK_EQ(hc, 0xFFFFFFFFu);
  volatile HLINE hl = 0;
  hl = hl - 1;
  CHECK(hl > 0);
  volatile HLINEAPP ha = 0;
  ha = ha - 1;
  CHECK(ha > 0);
  volatile LONG l = (LONG)0x7FFFFFFF;
  CHECK(l > 0);
  l = (LONG)-2147483647 - 1;
  CHECK(l < 0);
  volatile WCHAR w = 0;
  w = (WCHAR)(w - 1);
  CHECK(w > 0);
  CHECK_EQ(w, 0xFFFFu);
  volatile DWORD_PTR dp = 0;
  dp = dp - 1;
  CHECK(dp > 0);
  CHECK_EQ((uintptr_t)dp, UINTPTR_MAX);

  /* Packed structure layouts (Win64 values on 64-bit, Win32 values on 32-bit). */
  const size_t P = sizeof(void *);
  CHECK_EQ(sizeof(LINEINITIALIZEEXPARAMS), 16 + P + 4);
  CHECK_EQ(offsetof(LINEINITIALIZEEXPARAMS, Handles), 16);
  CHECK_EQ(offsetof(LINEINITIALIZEEXPARAMS, dwCompletionKey), 16 + P);
  CHECK_EQ(sizeof(LINEMESSAGE), 8 + 4 * P);
  CHECK_EQ(offsetof(LINEMESSAGE, hDevice), 0);
  CHECK_EQ(offsetof(LINEMESSAGE, dwMessageID), 4);
  CHECK_EQ(offsetof(LINEMESSAGE, dwCallbackInstance), 8);
  CHECK_EQ(offsetof(LINEMESSAGE, dwParam1), 8 + P);
  CHECK_EQ(offsetof(LINEMESSAGE, dwParam3), 8 + 3 * P);
  CHECK_EQ(sizeof(((LINEMESSAGE *)0)->dwParam2), P);
  CHECK_EQ(sizeof(((LINEMESSAGE *)0)->dwCallbackInstance), P);
#if UINTPTR_MAX == 0xFFFFFFFFFFFFFFFFu
  CHECK_EQ(sizeof(LINEINITIALIZEEXPARAMS), 28);
  CHECK_EQ(sizeof(LINEMESSAGE), 40);
#endif

  /* Error constants. */
  CHECK_ERR_CONST(LINEERR_INVALCALLHANDLE, 0x80000018u);
  CHECK_ERR_CONST(LINEERR_INVALLINEHANDLE, 0x8000002Bu);
  CHECK_ERR_CONST(LINEERR_INVALAPPHANDLE, 0x80000014u);
  CHECK_ERR_CONST(LINEERR_INVALCALLSTATE, 0x8000001Cu);
  CHECK_ERR_CONST(LINEERR_INVALPOINTER, 0x80000035u);
  CHECK_ERR_CONST(LINEERR_INVALPARAM, 0x80000032u);
  CHECK_ERR_CONST(LINEERR_OPERATIONFAILED, 0x80000048u);
  CHECK_ERR_CONST(LINEERR_UNINITIALIZED, 0x80000050u);
  CHECK_ERR_CONST(LINEERR_NOTOWNER, 0x80000046u);
  /* Converted to the LONG a function returns, an error is negative. */
  CHECK((LONG)LINEERR_INVALCALLHANDLE < 0);
  CHECK_EQ((DWORD)(LONG)LINEERR_INVALCALLHANDLE, 0x80000018u);

  TEST_DONE();
}
