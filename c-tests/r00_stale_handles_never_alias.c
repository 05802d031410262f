/* Handles and types: a handle that became invalid never becomes valid again for a later
 * object within any realistic run, so a stale HCALL kept by a program can never reach
 * somebody else's new call. This retires tens of thousands of call handles (an owner's
 * and a monitor's handle per call: make, drop, deallocate both), plus line and
 * application handles, keeps every retired value, and checks that no handle was ever
 * issued twice, that the handles issued afterwards are none of the retired ones, and
 * that every retired handle is still rejected. */
#include "common.h"

/* 10000 cycles retire over 22000 handles: more than the 16384-slot reuse quarantine the
 * README describes, so the library really does reuse slots during the run. */
#define CYCLES 10000
#define LINE_EVERY 4
#define APP_EVERY 64

static int cmp_dword(const void *a, const void *b) {
  DWORD x = *(const DWORD *)a, y = *(const DWORD *)b;
  return x < y ? -1 : x > y;
}

static int retired_has(const DWORD *sorted, size_t n, DWORD h) {
  return bsearch(&h, sorted, n, sizeof *sorted, cmp_dword) != NULL;
}

int main(void) {
  char buf[1024];
  HLINE la, lb;
  HLINEAPP a = t_app_with_line("r00-stale-owner", 0, 0x00020002, LINECALLPRIVILEGE_OWNER, 1, &la);
  HLINEAPP b = t_app_with_line("r00-stale-monitor", 0, 0x00030001,
                               LINECALLPRIVILEGE_MONITOR, 2, &lb);

  size_t cap = 2 * CYCLES + CYCLES / LINE_EVERY + CYCLES / APP_EVERY + 8;
  DWORD *calls = malloc(2 * CYCLES * sizeof *calls);   /* retired HCALLs */
  DWORD *lines = malloc((CYCLES / LINE_EVERY + 1) * sizeof *lines); /* retired HLINEs */
  DWORD *apps = malloc((CYCLES / APP_EVERY + 1) * sizeof *apps); /* retired HLINEAPPs */
  DWORD *every = malloc(cap * sizeof *every);          /* everything ever issued */
  REQUIRE(calls && lines && apps && every);
  size_t ncalls = 0, nlines = 0, napps = 0, nevery = 0;
  every[nevery++] = a;
  every[nevery++] = b;
  every[nevery++] = la;
  every[nevery++] = lb;

  int bad = 0;
  for (int i = 0; i < CYCLES && bad < 10; i++) {
    HCALL ha = 0;
    LONG req = lineMakeCall(la, &ha, "5550100", 0, NULL);
    if (req <= 0 || ha == 0) {
      fprintf(stderr, "cycle %d: lineMakeCall gave 0x%08x, hCall 0x%08x\n", i, (unsigned)req,
              (unsigned)ha);
      bad++;
      break;
    }
    LINEMESSAGE m;
    if (lineGetMessage(b, &m, T_TIMEOUT_MS) != 0 || m.dwMessageID != LINE_APPNEWCALL ||
        m.dwParam2 == 0) {
      fprintf(stderr, "cycle %d: the monitor got no LINE_APPNEWCALL first\n", i);
      bad++;
      break;
    }
    HCALL hb = (HCALL)m.dwParam2;
    if (ha == hb) {
      fprintf(stderr, "cycle %d: owner and monitor share handle 0x%08x\n", i, (unsigned)ha);
      bad++;
    }
    calls[ncalls++] = ha;
    calls[ncalls++] = hb;
    every[nevery++] = ha;
    every[nevery++] = hb;
    if (lineDrop(ha, NULL, 0) <= 0) bad++;
    if (lineDeallocateCall(ha) != 0) bad++;
    if (lineDeallocateCall(hb) != 0) bad++;
    if (i % LINE_EVERY == 0) {
      HLINE l = 0;
      if (lineOpen(b, 1, &l, 0x00020002, 0, 9, LINECALLPRIVILEGE_MONITOR, 0, NULL) != 0 ||
          l == 0 || lineClose(l) != 0) {
        bad++;
      } else {
        lines[nlines++] = l;
        every[nevery++] = l;
      }
    }
    if (i % APP_EVERY == 0) {
      HLINEAPP x = 0;
      DWORD num = 0, ver = 0x00020002;
      LINEINITIALIZEEXPARAMS p = t_init_params(LINEINITIALIZEEXOPTION_USEEVENT);
      if (lineInitializeExA(&x, NULL, NULL, "r00-stale-app", &num, &ver, &p) != 0 || x == 0 ||
          lineShutdown(x) != 0) {
        bad++;
      } else {
        apps[napps++] = x;
        every[nevery++] = x;
      }
    }
    t_drain(a);
    t_drain(b);
  }
  CHECK_EQ(bad, 0);
  CHECK_EQ(ncalls, 2 * CYCLES);

  /* No value was issued twice (each was retired before the next ones were issued). */
  qsort(every, nevery, sizeof *every, cmp_dword);
  size_t dups = 0;
  for (size_t i = 1; i < nevery; i++) {
    if (every[i] == every[i - 1]) {
      if (dups < 5) fprintf(stderr, "handle 0x%08x was issued twice\n", (unsigned)every[i]);
      dups++;
    }
  }
  CHECK_EQ(dups, 0);

  /* Every retired handle is still rejected. */
  size_t revived = 0;
  LINECALLSTATUS st;
  for (size_t i = 0; i < ncalls; i++)
    if ((DWORD)t_status(calls[i], &st) != LINEERR_INVALCALLHANDLE) revived++;
  for (size_t i = 0; i < nlines; i++) {
    HCALL c = 0;
    if ((DWORD)lineMakeCall(lines[i], &c, "5550101", 0, NULL) != LINEERR_INVALLINEHANDLE)
      revived++;
  }
  for (size_t i = 0; i < napps; i++) {
    LINEMESSAGE m;
    if ((DWORD)lineGetMessage(apps[i], &m, 0) != LINEERR_INVALAPPHANDLE) revived++;
  }
  CHECK_EQ(revived, 0);
  CHECK_RC(lineShutdown(apps[0]), LINEERR_INVALAPPHANDLE);
  CHECK_RC(lineDeallocateCall(calls[0]), LINEERR_INVALCALLHANDLE);
  CHECK_RC(lineDeallocateCall(calls[ncalls - 1]), LINEERR_INVALCALLHANDLE);
  CHECK_RC(lineClose(lines[0]), LINEERR_INVALLINEHANDLE);

  /* New handles after all that are none of the retired values. */
  qsort(calls, ncalls, sizeof *calls, cmp_dword);
  qsort(lines, nlines, sizeof *lines, cmp_dword);
  qsort(apps, napps, sizeof *apps, cmp_dword);
  HCALL out = t_make_call(a, la, "5550102");
  HCALL mout = t_new_call(b, lb, NULL);
  HCALL in = t_offer(a, 0, "5552000", "Caller", NULL);
  HLINE l2 = t_open(a, 1, 0x00020002, LINECALLPRIVILEGE_OWNER, 3);
  HLINEAPP c = t_init_event("r00-stale-new");
  DWORD fresh[] = {out, mout, in, l2, c};
  for (size_t i = 0; i < sizeof fresh / sizeof fresh[0]; i++) {
    CHECK(fresh[i] != 0);
    CHECK(!retired_has(calls, ncalls, fresh[i]));
    CHECK(!retired_has(lines, nlines, fresh[i]));
    CHECK(!retired_has(apps, napps, fresh[i]));
  }
  CHECK_RC(t_info(out, buf, sizeof buf), 0);
  CHECK_EQ(((LINECALLINFO *)buf)->hLine, la);

  free(calls);
  free(lines);
  free(apps);
  free(every);
  CHECK_RC(lineShutdown(c), 0);
  CHECK_RC(lineShutdown(b), 0);
  CHECK_RC(lineShutdown(a), 0);
  TEST_DONE();
}
