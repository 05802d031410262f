/* Helpers of the api_strings_* tests: read a structure with an A or W entry point into
 * `buf` and compare a variable string field with exact bytes or code units. */
#ifndef TAPI32_CTEST_STRINGS_FIELDS_H
#define TAPI32_CTEST_STRINGS_FIELDS_H

#include "common.h"

#define BUF 2048

#define CALLER_NAME offsetof(LINECALLINFO, dwCallerIDNameSize)
#define CALLER_ID offsetof(LINECALLINFO, dwCallerIDSize)
#define CALLED_ID offsetof(LINECALLINFO, dwCalledIDSize)
#define APP_NAME offsetof(LINECALLINFO, dwAppNameSize)
#define LINE_NAME offsetof(LINEDEVCAPS, dwLineNameSize)

static unsigned char buf[BUF];

/* Clears `buf` (canary 0xEE) and sets its dwTotalSize. */
static inline void fresh(void) {
  DWORD total = BUF;
  memset(buf, 0xEE, BUF);
  memcpy(buf, &total, 4);
}

static inline LONG info(LONG (*fn)(HCALL, LPLINECALLINFO), HCALL call) {
  fresh();
  return fn(call, (LINECALLINFO *)buf);
}

static inline LONG devcaps(LONG (*fn)(HLINEAPP, DWORD, DWORD, DWORD, LPLINEDEVCAPS), HLINEAPP app,
                    DWORD dev) {
  fresh();
  return fn(app, dev, 0x00020002, 0, (LINEDEVCAPS *)buf);
}

/* The single-byte field at `at` is exactly the n bytes `bytes` plus a NUL. */
static inline int a_is(size_t at, const char *bytes, size_t n, int line) {
  DWORD size = t_get_dw(buf, at), off = t_get_dw(buf, at + 4);
  if (size == n + 1 && off + size <= BUF && memcmp(buf + off, bytes, n + 1) == 0) return 1;
  fprintf(stderr, "line %d: field at %zu has %u bytes:", line, at, size);
  for (DWORD i = 0; i < size && off + i < BUF; i++) fprintf(stderr, " %02x", buf[off + i]);
  fprintf(stderr, "\n");
  return 0;
}
#define A_IS(at, lit) CHECK(a_is((at), (lit), sizeof(lit) - 1, __LINE__))

/* The UTF-16 field at `at` is exactly the n units `units` (NUL included). */
static inline int w_is(size_t at, const WCHAR *units, size_t n, int line) {
  DWORD size = t_get_dw(buf, at), off = t_get_dw(buf, at + 4);
  int ok = size == 2 * n && off + size <= BUF;
  for (size_t i = 0; ok && i < n; i++) {
    WCHAR u;
    memcpy(&u, buf + off + 2 * i, 2);
    ok = u == units[i];
  }
  if (!ok) {
    fprintf(stderr, "line %d: field at %zu has %u bytes:", line, at, size);
    for (DWORD i = 0; i + 1 < size && off + i + 1 < BUF; i += 2) {
      WCHAR u;
      memcpy(&u, buf + off + i, 2);
      fprintf(stderr, " %04x", u);
    }
    fprintf(stderr, "\n");
  }
  return ok;
}
#define W_IS(at, arr) CHECK(w_is((at), (arr), sizeof(arr) / sizeof(WCHAR), __LINE__))

/* lineMakeCallW and its LINE_REPLY; the new HCALL. */
static inline HCALL make_call_w(HLINEAPP app, HLINE line, const WCHAR *dest) {
  HCALL call = 0;
  return t_replied_call(app, lineMakeCallW(line, &call, dest, 0, NULL), &call);
}

/* A call made with lineMakeCallW to `dest` (n units, NUL included) has the called ID
 * `dest` exactly in lineGetCallInfoW and the n_a bytes `a` in lineGetCallInfoA. */
static inline void check_dest_w(HLINEAPP app, HLINE line, const WCHAR *dest, size_t n,
                                const char *a, size_t n_a, int line_no) {
  HCALL out = make_call_w(app, line, dest);
  CHECK_RC(info(lineGetCallInfoA, out), 0);
  CHECK(a_is(CALLED_ID, a, n_a, line_no));
  CHECK_RC(info(lineGetCallInfoW, out), 0);
  CHECK(w_is(CALLED_ID, dest, n, line_no));
}
#define CHECK_DEST_W(app, line, warr, alit)                                         \
  check_dest_w((app), (line), (warr), sizeof(warr) / sizeof(WCHAR), (alit),        \
               sizeof(alit) - 1, __LINE__)

#endif
