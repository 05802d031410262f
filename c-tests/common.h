/* common.h: helpers for the C conformance suite of tapi32 for Linux.
 *
 * Every test is one C program built against the committed include/tapi.h and
 * include/tapisim.h and the built libtapi32.so (see tests/c_suite.rs). It prints "ok"
 * and exits 0 when every check held; otherwise it prints each failed check and exits 1.
 * Each test runs in its own process, so it starts with no application initialized. */
#ifndef TAPI32_CTEST_COMMON_H
#define TAPI32_CTEST_COMMON_H

#include <stddef.h>
#include <poll.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "tapi.h"
#include "tapisim.h"

static int t_failures = 0;

#define CHECK(cond)                                                                 \
  do {                                                                              \
    if (!(cond)) {                                                                  \
      fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond);      \
      t_failures++;                                                                 \
    }                                                                               \
  } while (0)

/* Stops the test at once: for checks that later steps depend on. */
#define REQUIRE(cond)                                                               \
  do {                                                                              \
    if (!(cond)) {                                                                  \
      fprintf(stderr, "%s:%d: REQUIRE failed: %s\n", __FILE__, __LINE__, #cond);    \
      exit(1);                                                                      \
    }                                                                               \
  } while (0)

/* Compares two integer values, printing both on failure. */
#define CHECK_EQ(a, b)                                                              \
  do {                                                                              \
    unsigned long long t_a_ = (unsigned long long)(a);                              \
    unsigned long long t_b_ = (unsigned long long)(b);                              \
    if (t_a_ != t_b_) {                                                             \
      fprintf(stderr, "%s:%d: CHECK_EQ failed: %s == %s (0x%llx != 0x%llx)\n",      \
              __FILE__, __LINE__, #a, #b, t_a_, t_b_);                              \
      t_failures++;                                                                 \
    }                                                                               \
  } while (0)

/* 1 if a TAPI function's LONG result `r` is `expected` (0, a request ID or a LINEERR_
 * constant), compared as DWORD (the LINEERR_ constants are unsigned, as in the SDK);
 * otherwise prints both and gives 0. */
static inline int t_rc_is(LONG r, DWORD expected, const char *expr, const char *expected_name,
                          const char *file, int line) {
  if ((DWORD)r == expected) return 1;
  fprintf(stderr, "%s:%d: %s returned 0x%08x, expected %s (0x%08x)\n", file, line, expr,
          (unsigned)r, expected_name, (unsigned)expected);
  return 0;
}

#define CHECK_RC(expr, expected)                                                    \
  do {                                                                              \
    if (!t_rc_is((expr), (DWORD)(expected), #expr, #expected, __FILE__, __LINE__))  \
      t_failures++;                                                                 \
  } while (0)

#define REQUIRE_RC(expr, expected)                                                  \
  do {                                                                              \
    if (!t_rc_is((expr), (DWORD)(expected), #expr, #expected, __FILE__, __LINE__))  \
      exit(1);                                                                      \
  } while (0)

/* Ends main(). */
#define TEST_DONE()                                                                 \
  do {                                                                              \
    if (t_failures) {                                                               \
      fprintf(stderr, "FAIL: %d check(s) failed\n", t_failures);                    \
      return 1;                                                                     \
    }                                                                               \
    printf("ok\n");                                                                 \
    return 0;                                                                       \
  } while (0)

#define T_TIMEOUT_MS 2000

/* ---- applications and lines ---- */

/* LINEINITIALIZEEXPARAMS of its own size with `options`, everything else 0. */
static inline LINEINITIALIZEEXPARAMS t_init_params(DWORD options) {
  LINEINITIALIZEEXPARAMS p;
  memset(&p, 0, sizeof p);
  p.dwTotalSize = sizeof p;
  p.dwOptions = options;
  return p;
}

/* lineInitializeExA with `options` (and `cb`, for callback mode), asking for API 3.1;
 * *num_devs receives the device count when not NULL. */
static inline HLINEAPP t_init_ex(LINECALLBACK cb, const char *name, DWORD options,
                                 DWORD *num_devs) {
  HLINEAPP app = 0;
  DWORD num = 0, ver = 0x00030001;
  LINEINITIALIZEEXPARAMS p = t_init_params(options);
  REQUIRE_RC(lineInitializeExA(&app, NULL, cb, name, &num, &ver, &p), 0);
  REQUIRE(app != 0);
  if (num_devs) *num_devs = num;
  return app;
}

/* Initializes an application with LINEINITIALIZEEXOPTION_USEEVENT. */
static inline HLINEAPP t_init_event(const char *name) {
  return t_init_ex(NULL, name, LINEINITIALIZEEXOPTION_USEEVENT, NULL);
}

/* Initializes an application with LINEINITIALIZEEXOPTION_USEHIDDENWINDOW. */
static inline HLINEAPP t_init_callback(LINECALLBACK cb, const char *name) {
  return t_init_ex(cb, name, LINEINITIALIZEEXOPTION_USEHIDDENWINDOW, NULL);
}

/* Initializes a TAPI 1.x application (lineInitialize, messages to `cb`); *num_devs
 * receives the device count. */
static inline HLINEAPP t_init_1x(LINECALLBACK cb, const char *name, DWORD *num_devs) {
  HLINEAPP app = 0;
  REQUIRE_RC(lineInitialize(&app, NULL, cb, name, num_devs), 0);
  REQUIRE(app != 0);
  return app;
}

/* A LINECALLBACK that ignores every message. */
static inline void t_ignore_callback(DWORD hDevice, DWORD dwMessage, DWORD_PTR dwInstance,
                                     DWORD_PTR dwParam1, DWORD_PTR dwParam2,
                                     DWORD_PTR dwParam3) {
  (void)hDevice, (void)dwMessage, (void)dwInstance, (void)dwParam1, (void)dwParam2,
      (void)dwParam3;
}

/* Opens device `dev` with API `version` (e.g. 0x00010004, 0x00020000, 0x00030000). */
static inline HLINE t_open(HLINEAPP app, DWORD dev, DWORD version, DWORD privileges,
                    DWORD_PTR instance) {
  HLINE line = 0;
  DWORD media = (privileges & LINECALLPRIVILEGE_OWNER) ? LINEMEDIAMODE_INTERACTIVEVOICE : 0;
  REQUIRE_RC(lineOpen(app, dev, &line, version, 0, instance, privileges, media, NULL), 0);
  REQUIRE(line != 0);
  return line;
}

/* Initializes an event-mode application and opens device `dev` for it (as t_open);
 * *line, when not NULL, receives the HLINE. */
static inline HLINEAPP t_app_with_line(const char *name, DWORD dev, DWORD version,
                                       DWORD privileges, DWORD_PTR instance, HLINE *line) {
  HLINEAPP app = t_init_event(name);
  HLINE l = t_open(app, dev, version, privileges, instance);
  if (line) *line = l;
  return app;
}

/* Whether the `size` bytes at `w` are `s` (ASCII) in UTF-16 with its NUL. */
static inline int t_wide_is(const unsigned char *w, DWORD size, const char *s) {
  size_t n = strlen(s);
  if (size != (n + 1) * 2) return 0;
  for (size_t i = 0; i <= n; i++) {
    WCHAR u;
    memcpy(&u, w + 2 * i, 2);
    if (u != (WCHAR)(unsigned char)s[i]) return 0;
  }
  return 1;
}

/* Whether every byte of `b` from `from` to `to` still holds `canary`. */
static inline int t_untouched(const unsigned char *b, size_t from, size_t to,
                              unsigned char canary) {
  for (size_t i = from; i < to; i++)
    if (b[i] != canary) return 0;
  return 1;
}

/* Writes the scenario `text` to a new file named from `path` (a mkstemp template, which
 * receives the name) and points TAPI32_SCENARIO at it; the caller unlinks `path` once
 * the first application is initialized (the scenario is read then). */
static inline void t_scenario_file(const char *text, char *path) {
  int fd = mkstemp(path);
  REQUIRE(fd >= 0);
  REQUIRE(write(fd, text, strlen(text)) == (ssize_t)strlen(text));
  close(fd);
  setenv("TAPI32_SCENARIO", path, 1);
}

/* ---- messages and calls ---- */

/* Takes the next message (event-mode app); 1 if one came within `timeout_ms`. */
static inline int t_next(HLINEAPP app, LINEMESSAGE *m, DWORD timeout_ms) {
  return lineGetMessage(app, m, timeout_ms) == 0;
}

/* Skips messages until one with `msg_id` (and `hdevice`, unless 0) comes; 1 if found. */
static inline int t_wait_for(HLINEAPP app, DWORD msg_id, DWORD hdevice, LINEMESSAGE *out) {
  LINEMESSAGE m;
  while (t_next(app, &m, T_TIMEOUT_MS)) {
    if (m.dwMessageID == msg_id && (hdevice == 0 || m.hDevice == hdevice)) {
      if (out) *out = m;
      return 1;
    }
  }
  return 0;
}

/* Discards every queued message. */
static inline void t_drain(HLINEAPP app) {
  LINEMESSAGE m;
  while (t_next(app, &m, 0)) {
  }
}

/* Checks that `app` has no message waiting (and prints the one it has). */
#define CHECK_QUIET(app) t_check_quiet_at((app), __FILE__, __LINE__)

static inline void t_check_quiet_at(HLINEAPP app, const char *file, int line) {
  LINEMESSAGE m;
  if (t_next(app, &m, 0)) {
    fprintf(stderr, "%s:%d: unexpected message %u (hDevice 0x%08x, p1 0x%lx)\n", file, line,
            (unsigned)m.dwMessageID, (unsigned)m.hDevice, (unsigned long)m.dwParam1);
    t_failures++;
  }
}

/* Waits for the successful LINE_REPLY of the call-making request `req` (> 0); returns
 * the HCALL written to *call. */
static inline HCALL t_replied_call(HLINEAPP app, LONG req, HCALL *call) {
  REQUIRE(req > 0);
  LINEMESSAGE m;
  REQUIRE(t_wait_for(app, LINE_REPLY, 0, &m));
  REQUIRE(m.dwParam1 == (DWORD_PTR)req);
  REQUIRE(m.dwParam2 == 0);
  REQUIRE(*call != 0);
  return *call;
}

/* lineMakeCall and wait for its successful LINE_REPLY; returns the HCALL. */
static inline HCALL t_make_call(HLINEAPP app, HLINE line, const char *dest) {
  HCALL call = 0;
  return t_replied_call(app, lineMakeCallA(line, &call, dest, 0, NULL), &call);
}

/* A remote party calls `dev`; waits for the app's LINE_APPNEWCALL (API >= 2.0 lines)
 * and returns the new HCALL. *call_id receives dwCallID when not NULL. */
static inline HCALL t_offer(HLINEAPP app, DWORD dev, const char *caller, const char *name,
                     DWORD *call_id) {
  DWORD id = 0;
  REQUIRE_RC(tapisimOfferCall(dev, 0, caller, name, 0, &id), 0);
  if (call_id) *call_id = id;
  LINEMESSAGE m;
  REQUIRE(t_wait_for(app, LINE_APPNEWCALL, 0, &m));
  REQUIRE(m.dwParam2 != 0);
  return (HCALL)m.dwParam2;
}

/* lineGetCallStatus into *st (zeroed, dwTotalSize = its size); returns its result. */
static inline LONG t_status(HCALL call, LINECALLSTATUS *st) {
  memset(st, 0, sizeof *st);
  st->dwTotalSize = sizeof *st;
  return lineGetCallStatus(call, st);
}

/* The call's state (and, when `privilege` is not NULL, this handle's privilege) from
 * lineGetCallStatus, or 0 if that failed. */
static inline DWORD t_status_of(HCALL h, DWORD *privilege) {
  LINECALLSTATUS st;
  if (t_status(h, &st) != 0) return 0;
  if (privilege) *privilege = st.dwCallPrivilege;
  return st.dwCallState;
}

/* The call's state from lineGetCallStatus, or 0 if that failed. */
static inline DWORD t_state(HCALL call) { return t_status_of(call, NULL); }

/* lineGetCallInfo into `buf` (`size` bytes); returns its result. */
static inline LONG t_info(HCALL call, void *buf, DWORD size) {
  LINECALLINFO *ci = (LINECALLINFO *)buf;
  memset(buf, 0, size);
  ci->dwTotalSize = size;
  return lineGetCallInfo(call, ci);
}

/* The DWORD member at byte `offset` of the call's LINECALLINFO (e.g. offsetof(LINECALLINFO,
 * dwNumOwners)), or `fail` if lineGetCallInfo failed. */
static inline DWORD t_info_dw(HCALL call, size_t offset, DWORD fail) {
  unsigned char buf[1024];
  DWORD v;
  if (t_info(call, buf, sizeof buf) != 0) return fail;
  memcpy(&v, buf + offset, 4);
  return v;
}

/* A variable string field of a structure, or "" when absent. */
static inline const char *t_field(const void *base, DWORD size, DWORD offset) {
  if (size == 0) return "";
  return (const char *)base + offset;
}

/* Waits for LINE_CALLSTATE `state` on `h`; 1 if it came. */
static inline int t_wait_state(HLINEAPP app, HCALL h, DWORD state) {
  LINEMESSAGE m;
  while (t_wait_for(app, LINE_CALLSTATE, h, &m))
    if (m.dwParam1 == state) return 1;
  return 0;
}

/* Waits for the app's LINE_APPNEWCALL on `line` (API >= 2.0 lines) and returns the new
 * HCALL; *privilege, when not NULL, receives the privilege it carries (dwParam3). */
static inline HCALL t_new_call(HLINEAPP app, HLINE line, DWORD *privilege) {
  LINEMESSAGE m;
  REQUIRE(t_wait_for(app, LINE_APPNEWCALL, line, &m));
  if (privilege) *privilege = (DWORD)m.dwParam3;
  return (HCALL)m.dwParam2;
}

/* A TAPI 1.x line gets no LINE_APPNEWCALL: the first LINE_CALLSTATE names the new HCALL
 * and carries its privilege in dwParam3. Waits for it and returns the HCALL; *privilege,
 * when not NULL, receives that privilege. */
static inline HCALL t_new_call_14(HLINEAPP app, DWORD *privilege) {
  LINEMESSAGE m;
  while (t_next(app, &m, T_TIMEOUT_MS)) {
    CHECK(m.dwMessageID != LINE_APPNEWCALL);
    if (m.dwMessageID == LINE_CALLSTATE) {
      CHECK(m.dwParam3 != 0);
      if (privilege) *privilege = (DWORD)m.dwParam3;
      return m.hDevice;
    }
  }
  REQUIRE(!"no LINE_CALLSTATE naming a new call handle");
  return 0;
}

/* This handle's privilege from lineGetCallStatus, or 0 if that failed. */
static inline DWORD t_privilege(HCALL h) {
  DWORD privilege = 0;
  t_status_of(h, &privilege);
  return privilege;
}

/* The call's dwCallID from lineGetCallInfo, or 0 if that failed. */
static inline DWORD t_call_id(HCALL h) {
  return t_info_dw(h, offsetof(LINECALLINFO, dwCallID), 0);
}

/* ---- data calls (lineGetID "comm/datamodem") ---- */

/* lineGetIDA(..., "comm/datamodem") for `call` into `buf` of `total` bytes: the
 * descriptor (the VARSTRING's HANDLE) or -1; *name (when not NULL) points to the device
 * name after it. */
static inline int t_modem_fd(HCALL call, unsigned char *buf, DWORD total, const char **name) {
  VARSTRING *vs = (VARSTRING *)buf;
  memset(buf, 0, total);
  vs->dwTotalSize = total;
  if (lineGetIDA(0, 0, call, LINECALLSELECT_CALL, vs, "comm/datamodem") != 0) return -1;
  if (vs->dwStringSize <= sizeof(HANDLE)) return -1;
  HANDLE h;
  memcpy(&h, buf + vs->dwStringOffset, sizeof h);
  if (name) *name = (const char *)buf + vs->dwStringOffset + sizeof(HANDLE);
  return (int)(intptr_t)h;
}

/* Writes the `len` bytes of `s` to the data channel `fd` and whether the far end sends
 * them back unchanged (within T_TIMEOUT_MS per read). */
static inline int t_echoes_n(int fd, const char *s, size_t len) {
  size_t put = 0, got = 0;
  char *back = (char *)malloc(len ? len : 1);
  if (!back) return 0;
  while (got < len) {
    struct pollfd p = {fd, (short)(POLLIN | (put < len ? POLLOUT : 0)), 0};
    if (poll(&p, 1, T_TIMEOUT_MS) != 1) break;
    if ((p.revents & POLLOUT) && put < len) {
      ssize_t w = write(fd, s + put, len - put);
      if (w <= 0) break;
      put += (size_t)w;
    }
    if (p.revents & POLLIN) {
      ssize_t r = read(fd, back + got, len - got);
      if (r <= 0) break;
      got += (size_t)r;
    }
  }
  int same = got == len && memcmp(back, s, len) == 0;
  free(back);
  return same;
}

/* t_echoes_n for the string `s`. */
static inline int t_echoes(int fd, const char *s) { return t_echoes_n(fd, s, strlen(s)); }

/* lineMakeCallA(line, ..., dest, 0, p) completed: the new call (*call_id its dwCallID,
 * when not NULL). */
static inline HCALL t_make_call_with(HLINEAPP app, HLINE line, const char *dest,
                                     LINECALLPARAMS *p, DWORD *call_id) {
  HCALL call = 0;
  LONG req = lineMakeCallA(line, &call, dest, 0, p);
  REQUIRE(req > 0);
  LINEMESSAGE m;
  REQUIRE(t_wait_for(app, LINE_REPLY, 0, &m));
  REQUIRE(m.dwParam1 == (DWORD_PTR)req && m.dwParam2 == 0);
  REQUIRE(call != 0);
  if (call_id) *call_id = t_call_id(call);
  return call;
}

/* Whether the data channel `fd` reports its far end gone (POLLHUP) within T_TIMEOUT_MS. */
static inline int t_hung_up(int fd) {
  struct pollfd p = {fd, POLLIN, 0};
  return poll(&p, 1, T_TIMEOUT_MS) == 1 && (p.revents & POLLHUP);
}

/* dwNumOwners and dwNumMonitors through handle `h` (both 0xFFFFFFFF if that failed). */
static inline void t_counts(HCALL h, DWORD *owners, DWORD *monitors) {
  char buf[1024];
  *owners = *monitors = 0xFFFFFFFF;
  if (t_info(h, buf, sizeof buf) != 0) return;
  *owners = ((LINECALLINFO *)buf)->dwNumOwners;
  *monitors = ((LINECALLINFO *)buf)->dwNumMonitors;
}

/* Checks the owner and monitor counts handle `h` reads. */
#define CHECK_COUNTS(h, owners, monitors)                                           \
  do {                                                                              \
    DWORD t_o_, t_m_;                                                               \
    t_counts((h), &t_o_, &t_m_);                                                    \
    CHECK_EQ(t_o_, (owners));                                                       \
    CHECK_EQ(t_m_, (monitors));                                                     \
  } while (0)

/* Checks that `h` is an invalid call handle for every call function (and stays so). */
static inline void t_check_call_dead(HCALL h) {
  char buf[1024];
  LINECALLSTATUS st;
  CHECK_RC(t_info(h, buf, sizeof buf), LINEERR_INVALCALLHANDLE);
  CHECK_RC(t_status(h, &st), LINEERR_INVALCALLHANDLE);
  CHECK_RC(lineDrop(h, NULL, 0), LINEERR_INVALCALLHANDLE);
  CHECK_RC(lineAnswer(h, NULL, 0), LINEERR_INVALCALLHANDLE);
  CHECK_RC(lineSetAppSpecific(h, 42), LINEERR_INVALCALLHANDLE);
  CHECK_RC(lineSetCallPrivilege(h, LINECALLPRIVILEGE_MONITOR), LINEERR_INVALCALLHANDLE);
  CHECK_RC(lineSetCallPrivilege(h, LINECALLPRIVILEGE_OWNER), LINEERR_INVALCALLHANDLE);
  CHECK_RC(lineDeallocateCall(h), LINEERR_INVALCALLHANDLE);
  CHECK_RC(t_info(h, buf, sizeof buf), LINEERR_INVALCALLHANDLE);
}

/* Checks that `l` is an invalid line handle: lineMakeCall (which leaves *lphCall alone)
 * and lineClose give LINEERR_INVALLINEHANDLE. */
static inline void t_check_line_dead(HLINE l) {
  HCALL c = 0xDEADBEEF;
  CHECK_RC(lineMakeCallA(l, &c, "5550000", 0, NULL), LINEERR_INVALLINEHANDLE);
  CHECK_EQ(c, 0xDEADBEEF);
  CHECK_RC(lineClose(l), LINEERR_INVALLINEHANDLE);
}

/* ---- lists of messages: all those queued at once, or a callback's log ---- */

/* How many messages a t_queue_t holds (a test may define MAXQ before including this). */
#ifndef MAXQ
#define MAXQ 256
#endif

typedef struct {
  LINEMESSAGE m[MAXQ];
  int n;
} t_queue_t;

/* Takes every message queued for an event-mode app, waiting up to `first_timeout_ms`
 * for the first one (the simulated provider completes requests before they return, so
 * what an action causes is queued when it returns). */
static inline void t_pull_wait(HLINEAPP app, t_queue_t *q, DWORD first_timeout_ms) {
  LINEMESSAGE m;
  q->n = 0;
  while (lineGetMessage(app, &m, q->n == 0 ? first_timeout_ms : 0) == 0) {
    REQUIRE(q->n < MAXQ);
    q->m[q->n++] = m;
  }
}

/* Takes every message queued for an event-mode app now. */
static inline void t_pull(HLINEAPP app, t_queue_t *q) { t_pull_wait(app, q, 0); }

/* The HCALL (dwParam2) of the `nth` (from 0) LINE_APPNEWCALL on `line` in q, or 0. */
static inline HCALL t_newcall_on(const t_queue_t *q, HLINE line, int nth) {
  for (int i = 0; i < q->n; i++)
    if (q->m[i].dwMessageID == LINE_APPNEWCALL && q->m[i].hDevice == line && nth-- == 0)
      return (HCALL)q->m[i].dwParam2;
  return 0;
}

/* 1 if exactly one LINE_REPLY in q answers request `req`, and with success (0). */
static inline int t_replied_ok(const t_queue_t *q, LONG req) {
  int n = 0, ok = 0;
  for (int i = 0; i < q->n; i++)
    if (q->m[i].dwMessageID == LINE_REPLY && q->m[i].dwParam1 == (DWORD_PTR)req) {
      n++;
      ok = q->m[i].dwParam2 == 0;
    }
  return n == 1 && ok;
}

/* Matches any dwParam1 in t_count. */
#define T_ANY ((DWORD_PTR)-1)

/* How many of the n messages have this ID, hDevice and dwParam1 (T_ANY: any). */
static inline int t_count(const LINEMESSAGE *ms, int n, DWORD id, DWORD hdev, DWORD_PTR p1) {
  int c = 0;
  for (int i = 0; i < n; i++)
    if (ms[i].dwMessageID == id && ms[i].hDevice == hdev &&
        (p1 == T_ANY || ms[i].dwParam1 == p1))
      c++;
  return c;
}

/* Checks that none of the n messages names `dead` (hDevice, or dwParam2 of
 * LINE_APPNEWCALL), except LINE_CLOSE naming it when `close_ok`. */
static inline void t_check_not_named(const LINEMESSAGE *ms, int n, DWORD dead, int close_ok,
                                     const char *what) {
  for (int i = 0; i < n; i++) {
    const LINEMESSAGE *m = &ms[i];
    int named = m->hDevice == dead ||
                (m->dwMessageID == LINE_APPNEWCALL && (DWORD)m->dwParam2 == dead);
    if (named && !(close_ok && m->dwMessageID == LINE_CLOSE && m->hDevice == dead)) {
      fprintf(stderr, "  %s: message %u (hDevice 0x%08x, p1 0x%lx, p2 0x%lx) names dead 0x%08x\n",
              what, (unsigned)m->dwMessageID, (unsigned)m->hDevice, (unsigned long)m->dwParam1,
              (unsigned long)m->dwParam2, (unsigned)dead);
      t_failures++;
    }
  }
}

/* The message a LINECALLBACK was called with, as a LINEMESSAGE (for a callback's log). */
static inline LINEMESSAGE t_msg(DWORD hDevice, DWORD dwMessage, DWORD_PTR dwInstance,
                                DWORD_PTR dwParam1, DWORD_PTR dwParam2, DWORD_PTR dwParam3) {
  LINEMESSAGE m;
  m.hDevice = hDevice;
  m.dwMessageID = dwMessage;
  m.dwCallbackInstance = dwInstance;
  m.dwParam1 = dwParam1;
  m.dwParam2 = dwParam2;
  m.dwParam3 = dwParam3;
  return m;
}

/* ---- structures ---- */

/* The DWORD at byte `off` of a structure (any alignment). */
static inline DWORD t_get_dw(const unsigned char *b, size_t off) {
  DWORD v;
  memcpy(&v, b + off, 4);
  return v;
}

/* Writes the DWORD at byte `off` of a structure (any alignment). */
static inline void t_put_dw(unsigned char *b, size_t off, DWORD v) { memcpy(b + off, &v, 4); }

/* Index of the first byte in [from, to) that is not `fill`, or -1. */
static inline long t_first_changed(const unsigned char *b, size_t from, size_t to,
                                   unsigned char fill) {
  for (size_t i = from; i < to; i++)
    if (b[i] != fill) return (long)i;
  return -1;
}

/* An API version and the fixed size of a structure at that version. */
typedef struct {
  DWORD version;
  DWORD fixed;
} t_version_size_t;

#if TAPI_CURRENT_VERSION >= 0x00020000
/* How many variable fields LINECALLINFO has; the first T_CALLINFO_STRING_FIELDS are
 * strings. */
#define T_CALLINFO_VAR_FIELDS 24
#define T_CALLINFO_STRING_FIELDS 14

/* The offset of variable field `i`'s dwXxxSize in LINECALLINFO (dwXxxOffset follows), in
 * structure order. */
static inline size_t t_callinfo_var_field(size_t i) {
  static const size_t at[T_CALLINFO_VAR_FIELDS] = {
    offsetof(LINECALLINFO, dwCallerIDSize),        offsetof(LINECALLINFO, dwCallerIDNameSize),
    offsetof(LINECALLINFO, dwCalledIDSize),        offsetof(LINECALLINFO, dwCalledIDNameSize),
    offsetof(LINECALLINFO, dwConnectedIDSize),     offsetof(LINECALLINFO, dwConnectedIDNameSize),
    offsetof(LINECALLINFO, dwRedirectionIDSize),   offsetof(LINECALLINFO, dwRedirectionIDNameSize),
    offsetof(LINECALLINFO, dwRedirectingIDSize),   offsetof(LINECALLINFO, dwRedirectingIDNameSize),
    offsetof(LINECALLINFO, dwAppNameSize),         offsetof(LINECALLINFO, dwDisplayableAddressSize),
    offsetof(LINECALLINFO, dwCalledPartySize),     offsetof(LINECALLINFO, dwCommentSize),
    offsetof(LINECALLINFO, dwDisplaySize),         offsetof(LINECALLINFO, dwUserUserInfoSize),
    offsetof(LINECALLINFO, dwHighLevelCompSize),   offsetof(LINECALLINFO, dwLowLevelCompSize),
    offsetof(LINECALLINFO, dwChargingInfoSize),    offsetof(LINECALLINFO, dwTerminalModesSize),
    offsetof(LINECALLINFO, dwDevSpecificSize),     offsetof(LINECALLINFO, dwCallDataSize),
    offsetof(LINECALLINFO, dwSendingFlowspecSize), offsetof(LINECALLINFO, dwReceivingFlowspecSize),
  };
  return at[i];
}
#endif

/* ---- time and threads ---- */

/* Seconds on the monotonic clock. */
static inline double t_now_s(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Milliseconds on the monotonic clock. */
static inline double t_now_ms(void) { return t_now_s() * 1000.0; }

/* Sleeps `ms` milliseconds. */
static inline void t_sleep_ms(long ms) {
  struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};
  nanosleep(&ts, NULL);
}

/* The CLOCK_REALTIME time `seconds` from now: a pthread_cond_timedwait deadline. */
static inline struct timespec t_deadline(int seconds) {
  struct timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  ts.tv_sec += seconds;
  return ts;
}

/* Waits (up to 3 s) under mutex `mu` until `cond` holds, `cv` being broadcast when it may
 * have changed; a timeout ends the test at once (_exit: without lineShutdown, which would
 * wait for a stuck callback). For tests that include <pthread.h> and <unistd.h>. */
#define T_WAIT_UNTIL(mu, cv, cond)                                                  \
  do {                                                                              \
    struct timespec t_dl_ = t_deadline(3);                                          \
    pthread_mutex_lock(&(mu));                                                      \
    int t_to_ = 0;                                                                  \
    while (!(cond) && !t_to_)                                                       \
      t_to_ = pthread_cond_timedwait(&(cv), &(mu), &t_dl_) != 0;                    \
    int t_ok_ = (cond);                                                             \
    pthread_mutex_unlock(&(mu));                                                    \
    if (!t_ok_) {                                                                   \
      fprintf(stderr, "%s:%d: timed out waiting for %s (deadlock or lost message)\n",  \
              __FILE__, __LINE__, #cond);                                           \
      _exit(1);                                                                     \
    }                                                                               \
  } while (0)

/* ---- the message loop (tests that include <windows.h> before this file) ---- */
#ifdef TAPI32_LINUX_WINDOWS_H

/* One step of a message loop on the calling thread: dispatches the next waiting message
 * if there is one, else waits up to 10 ms for input. 0 once `timeout_ms` have passed
 * since `start` (a GetTickCount value). */
static inline int t_pump_step(DWORD start, DWORD timeout_ms) {
  MSG msg;
  if (PeekMessage(&msg, NULL, 0, 0, PM_REMOVE)) {
    TranslateMessage(&msg);
    DispatchMessage(&msg);
  } else {
    DWORD elapsed = GetTickCount() - start;
    if (elapsed >= timeout_ms) return 0;
    DWORD left = timeout_ms - elapsed;
    MsgWaitForMultipleObjects(0, NULL, FALSE, left < 10 ? left : 10, QS_ALLINPUT);
  }
  return GetTickCount() - start < timeout_ms;
}

/* Pumps the calling thread's message loop (one message at a time, `cond` evaluated
 * before each) until `cond` holds or `timeout_ms` have passed; check `cond` after. */
#define T_PUMP_UNTIL(cond, timeout_ms)                                              \
  do {                                                                              \
    DWORD t_ps_ = GetTickCount();                                                   \
    while (!(cond) && t_pump_step(t_ps_, (timeout_ms))) {                           \
    }                                                                               \
  } while (0)

/* Pumps until `cond` holds; if it does not within T_TIMEOUT_MS, the test stops. */
#define REQUIRE_PUMP_UNTIL(cond)                                                    \
  do {                                                                              \
    T_PUMP_UNTIL((cond), T_TIMEOUT_MS);                                             \
    if (!(cond)) {                                                                  \
      fprintf(stderr, "%s:%d: REQUIRE failed: pumped %d ms, still not %s\n", __FILE__, \
              __LINE__, T_TIMEOUT_MS, #cond);                                       \
      exit(1);                                                                      \
    }                                                                               \
  } while (0)

/* Pumps the calling thread's message loop for `ms` milliseconds. */
static inline void t_pump_for(DWORD ms) {
  DWORD start = GetTickCount();
  while (t_pump_step(start, ms)) {
  }
}

/* Dispatches every message waiting now (without waiting); returns how many. */
static inline int t_pump_now(void) {
  MSG msg;
  int n = 0;
  while (PeekMessage(&msg, NULL, 0, 0, PM_REMOVE)) {
    TranslateMessage(&msg);
    DispatchMessage(&msg);
    n++;
  }
  return n;
}

/* A call offered on device `dev` ("5551000", its call ID in *id) to this thread's callback
 * application that has the device open, with its far end's DTMF digits monitored: pumps
 * until the callback has stored the call's handle in *call (from LINE_APPNEWCALL), calls
 * lineMonitorDigits, then dispatches everything the offer queued. Then each
 * tapisimRemoteDigits(*id, ...) queues one LINE_MONITORDIGITS per digit. */
static inline HCALL t_monitored_call(DWORD dev, HCALL *call, DWORD *id) {
  REQUIRE_RC(tapisimOfferCall(dev, 0, "5551000", "A", 0, id), 0);
  REQUIRE_PUMP_UNTIL(*(volatile HCALL *)call != 0);
  REQUIRE_RC(lineMonitorDigits(*call, LINEDIGITMODE_DTMF), 0);
  t_pump_now();
  return *call;
}

#endif /* TAPI32_LINUX_WINDOWS_H */

#endif /* TAPI32_CTEST_COMMON_H */
