/* R9, LINEINITIALIZEEXOPTION_USEHIDDENWINDOW: messages go to the LINECALLBACK
 * - on a thread that is not the caller's (the README: one dispatcher thread per
 *   application, so always the same thread for one application, another one for another
 *   application);
 * - one message at a time per application (an atomic count of callbacks in progress,
 *   while each callback sleeps 1 ms, never exceeds 1), while two applications' callbacks
 *   may run at the same time;
 * - in order: for each offered call LINE_APPNEWCALL (hDevice = hLine, dwParam2 = hCall,
 *   dwParam3 = OWNER) before its LINE_CALLSTATE OFFERING, the calls in the order offered;
 *   for the call made from inside the callback LINE_REPLY (dwParam2 0), then DIALING,
 *   PROCEEDING, RINGBACK, CONNECTED (README);
 * - with no library lock held: the callback calls lineGetCallInfo, lineGetCallStatus,
 *   lineDeallocateCall and lineMakeCall, which succeed without deadlock (a deadlock makes
 *   the main thread's bounded wait fail); the HCALL of that lineMakeCall is written before
 *   its LINE_REPLY reaches the callback, and no message names the deallocated handle.
 *
 * The thread checks are about dispatcher threads, so the test opts in to them
 * (tapi32SetCallbackThread); by default a callback runs in the message loop of the thread
 * that initialized its application (see r10_*). */
#include <pthread.h>
#include <time.h>
#include <unistd.h>

#include "common.h"
#include "tapi32ext.h"

#define MAX_LOG 256
#define N_OFFERS 6

typedef struct {
  DWORD dev, id;
  DWORD_PTR inst, p1, p2, p3;
  pthread_t thread;
} rec_t;

static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static rec_t logs[2][MAX_LOG];
static int nlog[2];
static int inflight[2], overlap[2];

/* Results of the library calls made inside application 0's callback. Only the dispatcher
 * thread writes them; the main thread reads them after a WAIT_UNTIL (mutex). */
static LONG info_rc[N_OFFERS];
static DWORD info_callid[N_OFFERS];
static HCALL info_handle[N_OFFERS];
static int n_info;
static LONG status_rc = -1;
static DWORD status_state;
static LONG dealloc_rc = -1;
static HCALL dealloc_handle;
static LONG makecall_req;
static HCALL made_call; /* the library writes the HCALL here */
static HCALL made_call_at_reply;
static int made_connected;
static HLINE g_line1;

static void record(int a, DWORD dev, DWORD msg, DWORD_PTR inst, DWORD_PTR p1, DWORD_PTR p2,
                   DWORD_PTR p3) {
  pthread_mutex_lock(&mu);
  if (nlog[a] < MAX_LOG) {
    rec_t *r = &logs[a][nlog[a]++];
    r->dev = dev;
    r->id = msg;
    r->inst = inst;
    r->p1 = p1;
    r->p2 = p2;
    r->p3 = p3;
    r->thread = pthread_self();
  }
  pthread_mutex_unlock(&mu);
}

static void done(void) {
  pthread_mutex_lock(&mu);
  pthread_cond_broadcast(&cv);
  pthread_mutex_unlock(&mu);
}

static void enter(int a) {
  if (__atomic_add_fetch(&inflight[a], 1, __ATOMIC_SEQ_CST) > 1)
    __atomic_add_fetch(&overlap[a], 1, __ATOMIC_SEQ_CST);
}

static void leave(int a) {
  t_sleep_ms(1);
  __atomic_sub_fetch(&inflight[a], 1, __ATOMIC_SEQ_CST);
}

/* Application 0: line 0 (instance 100) gets offered calls; on line 1 (instance 101) the
 * callback deallocates the offered call and makes a call of its own. */
static void cb0(DWORD dev, DWORD msg, DWORD_PTR inst, DWORD_PTR p1, DWORD_PTR p2, DWORD_PTR p3) {
  enter(0);
  record(0, dev, msg, inst, p1, p2, p3);
  pthread_mutex_lock(&mu);
  if (msg == LINE_APPNEWCALL && inst == 100 && n_info < N_OFFERS) {
    unsigned char buf[1024];
    info_rc[n_info] = t_info((HCALL)p2, buf, sizeof buf);
    info_callid[n_info] = ((LINECALLINFO *)buf)->dwCallID;
    info_handle[n_info] = (HCALL)p2;
    n_info++;
  }
  if (msg == LINE_CALLSTATE && inst == 100 && status_rc == -1) {
    LINECALLSTATUS s;
    status_rc = t_status(dev, &s);
    status_state = s.dwCallState;
  }
  if (msg == LINE_CALLSTATE && inst == 101 && p1 == LINECALLSTATE_OFFERING && dealloc_rc == -1) {
    dealloc_handle = dev;
    dealloc_rc = lineDeallocateCall(dev);
    makecall_req = lineMakeCallA(g_line1, &made_call, "5550777", 0, NULL);
  }
  if (msg == LINE_REPLY && makecall_req > 0 && p1 == (DWORD_PTR)makecall_req)
    made_call_at_reply = __atomic_load_n(&made_call, __ATOMIC_SEQ_CST);
  if (msg == LINE_CALLSTATE && made_call != 0 && dev == made_call &&
      p1 == LINECALLSTATE_CONNECTED)
    made_connected = 1;
  pthread_mutex_unlock(&mu);
  leave(0);
  done();
}

static void cb1(DWORD dev, DWORD msg, DWORD_PTR inst, DWORD_PTR p1, DWORD_PTR p2, DWORD_PTR p3) {
  enter(1);
  record(1, dev, msg, inst, p1, p2, p3);
  leave(1);
  done();
}

/* Waits (bounded) until `cond` holds, under the mutex; a timeout ends the test at once. */
#define WAIT_UNTIL(cond) T_WAIT_UNTIL(mu, cv, cond)

/* Index of the first record of application `a` at or after `from` that matches. */
static int find(int a, int from, DWORD id, DWORD dev, DWORD_PTR p1) {
  for (int i = from; i < nlog[a]; i++)
    if (logs[a][i].id == id && logs[a][i].dev == dev && logs[a][i].p1 == p1) return i;
  return -1;
}

int main(void) {
  pthread_t main_thread = pthread_self();
  /* Opt in: this test checks the dispatcher threads themselves (one per application,
   * never the caller's, two applications' callbacks concurrently). */
  REQUIRE_RC(tapi32SetCallbackThread(TRUE), 0);
  HLINEAPP app0 = t_init_callback(cb0, "r09-callback-0");
  HLINEAPP app1 = t_init_callback(cb1, "r09-callback-1");
  HLINE line0 = t_open(app0, 0, 0x00020002, LINECALLPRIVILEGE_OWNER, 100);
  g_line1 = t_open(app0, 1, 0x00030000, LINECALLPRIVILEGE_OWNER, 101);
  HLINE m_line0 = t_open(app1, 0, 0x00020000, LINECALLPRIVILEGE_MONITOR, 200);

  /* A burst of offered calls on line 0: many messages queued at once for both apps. */
  DWORD ids[N_OFFERS];
  for (int i = 0; i < N_OFFERS; i++)
    REQUIRE_RC(tapisimOfferCall(0, 0, "5551234", "Burst", 0, &ids[i]), 0);
  WAIT_UNTIL(n_info == N_OFFERS && nlog[0] >= 2 * N_OFFERS && nlog[1] >= 2 * N_OFFERS);

  /* A call on line 1: the callback deallocates it and makes a call itself. */
  REQUIRE_RC(tapisimOfferCall(1, 0, "5559999", "Dealloc me", 0, &(DWORD){0}), 0);
  WAIT_UNTIL(made_connected);
  /* Everything about line 0's calls has arrived by now (FIFO). */

  pthread_mutex_lock(&mu);
  /* Threads: never the caller's; one thread per application. */
  for (int a = 0; a < 2; a++)
    for (int i = 0; i < nlog[a]; i++) {
      CHECK(!pthread_equal(logs[a][i].thread, main_thread));
      CHECK(pthread_equal(logs[a][i].thread, logs[a][0].thread));
    }
  CHECK(!pthread_equal(logs[0][0].thread, logs[1][0].thread));
  CHECK_EQ(__atomic_load_n(&overlap[0], __ATOMIC_SEQ_CST), 0);
  CHECK_EQ(__atomic_load_n(&overlap[1], __ATOMIC_SEQ_CST), 0);

  /* Order of line 0's messages, in both applications. */
  for (int a = 0; a < 2; a++) {
    HLINE l = a == 0 ? line0 : m_line0;
    DWORD_PTR priv = a == 0 ? LINECALLPRIVILEGE_OWNER : LINECALLPRIVILEGE_MONITOR;
    int pos = 0;
    for (int i = 0; i < N_OFFERS; i++) {
      int n = -1;
      for (int k = pos; k < nlog[a]; k++)
        if (logs[a][k].id == LINE_APPNEWCALL && logs[a][k].dev == l) {
          n = k;
          break;
        }
      CHECK(n >= 0);
      if (n < 0) break;
      HCALL h = (HCALL)logs[a][n].p2;
      CHECK_EQ(logs[a][n].p3, priv);
      CHECK_EQ(logs[a][n].inst, a == 0 ? 100 : 200);
      int s = find(a, n + 1, LINE_CALLSTATE, h, LINECALLSTATE_OFFERING);
      CHECK(s > n);
      if (s < 0) break;
      CHECK_EQ(logs[a][s].p3, priv);
      /* Nothing about this call came before its LINE_APPNEWCALL. */
      for (int k = 0; k < n; k++) CHECK(logs[a][k].dev != h);
      if (a == 0) CHECK_EQ(info_handle[i], h);
      pos = n + 1;
    }
  }
  /* The callback's lineGetCallInfo calls: in order, each the offered call. */
  for (int i = 0; i < N_OFFERS; i++) {
    CHECK_RC(info_rc[i], 0);
    CHECK_EQ(info_callid[i], ids[i]);
  }
  CHECK_RC(status_rc, 0);
  CHECK_EQ(status_state, LINECALLSTATE_OFFERING);

  /* Line 1: deallocation and lineMakeCall from inside the callback. */
  CHECK_RC(dealloc_rc, 0);
  CHECK(makecall_req > 0);
  CHECK(made_call != 0);
  CHECK_EQ(made_call_at_reply, made_call);
  int r = find(0, 0, LINE_REPLY, 0, (DWORD_PTR)makecall_req);
  CHECK(r >= 0);
  if (r >= 0) CHECK_EQ(logs[0][r].p2, 0);
  int d = find(0, r + 1, LINE_CALLSTATE, made_call, LINECALLSTATE_DIALING);
  int p = find(0, d + 1, LINE_CALLSTATE, made_call, LINECALLSTATE_PROCEEDING);
  int rb = find(0, p + 1, LINE_CALLSTATE, made_call, LINECALLSTATE_RINGBACK);
  int c = find(0, rb + 1, LINE_CALLSTATE, made_call, LINECALLSTATE_CONNECTED);
  CHECK(r >= 0 && d > r && p > d && rb > p && c > rb);
  for (int k = 0; k < r && r >= 0; k++) CHECK(logs[0][k].dev != made_call);
  /* After the callback deallocated it, no message names that handle. */
  int off = find(0, 0, LINE_CALLSTATE, dealloc_handle, LINECALLSTATE_OFFERING);
  CHECK(off >= 0);
  for (int k = off + 1; k < nlog[0]; k++) {
    CHECK(logs[0][k].dev != dealloc_handle);
    CHECK(!(logs[0][k].id == LINE_APPNEWCALL && logs[0][k].p2 == dealloc_handle));
  }
  pthread_mutex_unlock(&mu);
  CHECK_RC(lineGetCallInfoA(dealloc_handle, &(LINECALLINFO){.dwTotalSize = sizeof(LINECALLINFO)}),
           LINEERR_INVALCALLHANDLE);

  CHECK_RC(lineShutdown(app1), 0);
  CHECK_RC(lineShutdown(app0), 0);
  TEST_DONE();
}
