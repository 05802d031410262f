/* R9 (callback mode, LINEINITIALIZEEXOPTION_USEHIDDENWINDOW): once a handle is invalid,
 * no callback names it (hDevice, or dwParam2 of LINE_APPNEWCALL), LINE_CLOSE naming its
 * own line aside. Deterministic: the dispatcher is held inside a callback (about another
 * line) while the main thread queues messages about a call or line and then makes the
 * handle invalid; after lineDeallocateCall / lineClose / tapisimCloseLine has returned the
 * callback is released, and every later callback is checked. A call not deallocated gets
 * its messages (so they were queued). Also: a callback that deallocates the handle named
 * by LINE_APPNEWCALL never hears of that handle again (its queued OFFERING is dropped).
 *
 * Holding the dispatcher while another thread invalidates handles is the dispatcher-thread
 * guarantee (no callback about a retired handle starts after the invalidating function
 * returns), so the test opts in to a dispatcher thread (tapi32SetCallbackThread); by
 * default callbacks run in the initializing thread's message loop. */
#include <pthread.h>
#include <time.h>
#include <unistd.h>

#include "common.h"
#include "tapi32ext.h"

#define MAX_LOG 512

static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static LINEMESSAGE logs[MAX_LOG];
static int nlog;
static int gate_armed, blocked, gate_open;
static int line1_newcalls;
static int held_mark = -1; /* nlog when the dispatcher was held */
static int dealloc_in_cb; /* deallocate the next line-0 LINE_APPNEWCALL's handle */
static HCALL cb_dealloc_handle;
static LONG cb_dealloc_rc = -1;

#define INST_L0 10
#define INST_L1 11

static void cb(DWORD dev, DWORD msg, DWORD_PTR inst, DWORD_PTR p1, DWORD_PTR p2, DWORD_PTR p3) {
  pthread_mutex_lock(&mu);
  if (nlog < MAX_LOG) logs[nlog++] = t_msg(dev, msg, inst, p1, p2, p3);
  if (msg == LINE_APPNEWCALL && inst == INST_L1) {
    line1_newcalls++;
    if (gate_armed) {
      gate_armed = 0;
      blocked = 1;
      pthread_cond_broadcast(&cv);
      while (!gate_open) pthread_cond_wait(&cv, &mu);
      gate_open = 0;
    }
  }
  if (msg == LINE_APPNEWCALL && inst == INST_L0 && dealloc_in_cb) {
    dealloc_in_cb = 0;
    cb_dealloc_handle = (HCALL)p2;
    cb_dealloc_rc = lineDeallocateCall((HCALL)p2);
  }
  pthread_cond_broadcast(&cv);
  pthread_mutex_unlock(&mu);
}

#define WAIT_UNTIL(cond) T_WAIT_UNTIL(mu, cv, cond)

/* Holds the dispatcher inside the callback of a new line-1 call; returns the log index
 * from which later callbacks start. */
static int hold_dispatcher(void) {
  pthread_mutex_lock(&mu);
  gate_armed = 1;
  pthread_mutex_unlock(&mu);
  REQUIRE_RC(tapisimOfferCall(1, 0, "5550001", "Gate", 0, &(DWORD){0}), 0);
  WAIT_UNTIL(blocked);
  pthread_mutex_lock(&mu);
  blocked = 0;
  int mark = nlog;
  held_mark = mark;
  pthread_mutex_unlock(&mu);
  return mark;
}

/* Waits for a sentinel (another line-1 call) so that everything queued before has been
 * delivered. */
static void flush(void) {
  pthread_mutex_lock(&mu);
  int want = line1_newcalls + 1;
  pthread_mutex_unlock(&mu);
  REQUIRE_RC(tapisimOfferCall(1, 0, "5550002", "Sentinel", 0, &(DWORD){0}), 0);
  WAIT_UNTIL(line1_newcalls >= want);
}

/* Releases the held dispatcher, then flushes. */
static void release_and_flush(void) {
  pthread_mutex_lock(&mu);
  /* The dispatcher really was held: no callback ran meanwhile. */
  CHECK_EQ(nlog, held_mark);
  gate_open = 1;
  pthread_cond_broadcast(&cv);
  pthread_mutex_unlock(&mu);
  flush();
}

/* No callback from `from` on names `dead` (LINE_CLOSE naming it aside when `close_ok`). */
static void check_not_named(int from, DWORD dead, int close_ok, const char *what) {
  pthread_mutex_lock(&mu);
  t_check_not_named(logs + from, nlog - from, dead, close_ok, what);
  pthread_mutex_unlock(&mu);
}

/* How many callbacks from `from` on had this ID, hDevice and dwParam1 (T_ANY: any). */
static int count(int from, DWORD id, DWORD dev, DWORD_PTR p1) {
  pthread_mutex_lock(&mu);
  int c = t_count(logs + from, nlog - from, id, dev, p1);
  pthread_mutex_unlock(&mu);
  return c;
}

int main(void) {
  /* Opt in: the test holds the dispatcher thread inside a callback while the main thread
   * invalidates handles. */
  REQUIRE_RC(tapi32SetCallbackThread(TRUE), 0);
  HLINEAPP app = t_init_callback(cb, "r09-dead-callback");
  HLINE l0 = t_open(app, 0, 0x00020002, LINECALLPRIVILEGE_OWNER, INST_L0);
  HLINE l1 = t_open(app, 1, 0x00020002, LINECALLPRIVILEGE_OWNER, INST_L1);
  (void)l1;

  /* 1. lineDeallocateCall while the dispatcher is held. */
  {
    int mark = hold_dispatcher();
    HCALL dead = 0, live = 0;
    LONG rd = lineMakeCallA(l0, &dead, "5550201", 0, NULL);
    LONG rl = lineMakeCallA(l0, &live, "5550202", 0, NULL);
    REQUIRE(rd > 0 && rl > 0 && dead != 0 && live != 0);
    CHECK_RC(lineSetAppSpecific(dead, 1), 0);
    CHECK_RC(lineSetAppSpecific(live, 2), 0);
    CHECK_RC(lineDeallocateCall(dead), 0);
    release_and_flush();
    check_not_named(mark, dead, 0, "deallocated");
    CHECK_EQ(count(mark, LINE_REPLY, 0, (DWORD_PTR)rd), 1); /* 2.x: still delivered */
    CHECK_EQ(count(mark, LINE_REPLY, 0, (DWORD_PTR)rl), 1);
    CHECK_EQ(count(mark, LINE_CALLSTATE, live, LINECALLSTATE_DIALING), 1);
    CHECK_EQ(count(mark, LINE_CALLSTATE, live, LINECALLSTATE_CONNECTED), 1);
    CHECK(count(mark, LINE_CALLINFO, live, T_ANY) >= 1);
    CHECK_RC(lineDeallocateCall(live), 0);
  }

  /* 2. Deallocated inside the callback that announced it: its OFFERING never comes. */
  {
    pthread_mutex_lock(&mu);
    dealloc_in_cb = 1;
    int mark = nlog;
    pthread_mutex_unlock(&mu);
    REQUIRE_RC(tapisimOfferCall(0, 0, "5550203", "Dealloc in callback", 0, &(DWORD){0}), 0);
    WAIT_UNTIL(cb_dealloc_rc != -1);
    flush();
    CHECK_RC(cb_dealloc_rc, 0);
    int appnew = -1;
    pthread_mutex_lock(&mu);
    for (int i = mark; i < nlog; i++)
      if (logs[i].dwMessageID == LINE_APPNEWCALL && (HCALL)logs[i].dwParam2 == cb_dealloc_handle)
        appnew = i;
    pthread_mutex_unlock(&mu);
    CHECK(appnew >= mark);
    check_not_named(appnew + 1, cb_dealloc_handle, 0, "deallocated in callback");
  }

  /* 3. lineClose while the dispatcher is held. */
  {
    int mark = hold_dispatcher();
    REQUIRE_RC(tapisimOfferCall(0, 0, "5550301", "Closed line", 0, &(DWORD){0}), 0);
    HCALL out = 0;
    REQUIRE(lineMakeCallA(l0, &out, "5550302", 0, NULL) > 0);
    REQUIRE(out != 0);
    CHECK_RC(lineClose(l0), 0);
    release_and_flush();
    check_not_named(mark, l0, 0, "closed line");
    check_not_named(mark, out, 0, "call on the closed line");
    CHECK_EQ(count(mark, LINE_CLOSE, l0, T_ANY), 0); /* lineClose sends no LINE_CLOSE */
    /* Nothing at all about line 0 came: every later callback is about line 1 or a reply. */
    pthread_mutex_lock(&mu);
    for (int i = mark; i < nlog; i++)
      CHECK(logs[i].dwCallbackInstance == INST_L1 || logs[i].dwMessageID == LINE_REPLY);
    pthread_mutex_unlock(&mu);
  }

  /* 4. The provider closes the line while the dispatcher is held. */
  {
    HLINE l0b = t_open(app, 0, 0x00020000, LINECALLPRIVILEGE_OWNER, 12);
    int mark = hold_dispatcher();
    HCALL out = 0;
    REQUIRE(lineMakeCallA(l0b, &out, "5550401", 0, NULL) > 0);
    REQUIRE(out != 0);
    REQUIRE_RC(tapisimOfferCall(0, 0, "5550402", "Provider closes", 0, &(DWORD){0}), 0);
    CHECK_RC(tapisimCloseLine(0), 0);
    release_and_flush();
    check_not_named(mark, l0b, 1, "line closed by the provider");
    check_not_named(mark, out, 0, "call on the line closed by the provider");
    CHECK_EQ(count(mark, LINE_CLOSE, l0b, T_ANY), 1);
    pthread_mutex_lock(&mu);
    for (int i = mark; i < nlog; i++) {
      if (logs[i].dwMessageID == LINE_CLOSE) CHECK_EQ(logs[i].dwCallbackInstance, 12);
      CHECK(logs[i].dwCallbackInstance == INST_L1 || logs[i].dwMessageID == LINE_REPLY ||
            logs[i].dwMessageID == LINE_CLOSE);
    }
    pthread_mutex_unlock(&mu);
  }

  CHECK_RC(lineShutdown(app), 0);
  TEST_DONE();
}
