/* R3, replies: below 2.0 (a line opened with 1.4), deallocating a call handle suppresses
 * the call's pending LINE_REPLY messages: a reply not yet taken by the application when
 * lineDeallocateCall succeeds is never delivered. From 2.0 on, every request that
 * returned a request ID gets its LINE_REPLY even if the call was deallocated first.
 * (The simulated provider completes requests at once, so each request's reply is
 * queued, and thus pending, when lineDeallocateCall runs.) */
#include "common.h"

/* Takes every message until 50 ms pass without one; counts the LINE_REPLYs for `req`
 * and records their dwParam2 and their position among all LINE_REPLYs. */
typedef struct {
  DWORD_PTR req[16];
  DWORD_PTR result[16];
  int nreplies;
} replies_t;

static void take_all(HLINEAPP app, replies_t *r) {
  LINEMESSAGE m;
  r->nreplies = 0;
  while (lineGetMessage(app, &m, 50) == 0) {
    if (m.dwMessageID == LINE_REPLY && r->nreplies < 16) {
      r->req[r->nreplies] = m.dwParam1;
      r->result[r->nreplies] = m.dwParam2;
      r->nreplies++;
    }
  }
}

static int count(const replies_t *r, LONG req) {
  int n = 0;
  for (int i = 0; i < r->nreplies; i++) n += r->req[i] == (DWORD_PTR)(DWORD)req;
  return n;
}

/* lineMakeCall on `line` into *c, then lineDrop of that call; *rm and *rd receive their
 * request IDs. */
static void make_and_drop(HLINE line, const char *dest, HCALL *c, LONG *rm, LONG *rd) {
  *c = 0;
  *rm = lineMakeCall(line, c, dest, 0, NULL);
  REQUIRE(*rm > 0 && *c != 0);
  *rd = lineDrop(*c, NULL, 0);
  REQUIRE(*rd > 0);
}

int main(void) {
  replies_t rep;
  HLINEAPP a = t_init_event("r03-replies");
  HLINE l14 = t_open(a, 0, 0x00010004, LINECALLPRIVILEGE_OWNER, 1);
  HLINE l20 = t_open(a, 1, 0x00020000, LINECALLPRIVILEGE_OWNER, 2);

  /* Control, 1.4: without a deallocation both replies come. */
  HCALL c;
  LONG rm, rd;
  make_and_drop(l14, "5550100", &c, &rm, &rd);
  take_all(a, &rep);
  CHECK_EQ(count(&rep, rm), 1);
  CHECK_EQ(count(&rep, rd), 1);
  CHECK_RC(lineDeallocateCall(c), 0);

  /* 1.4: make a call, drop it (IDLE now, so the sole owner may deallocate), deallocate
   * before taking any message: neither the lineMakeCall nor the lineDrop reply comes. */
  make_and_drop(l14, "5550101", &c, &rm, &rd);
  CHECK_RC(lineDeallocateCall(c), 0);
  take_all(a, &rep);
  CHECK_EQ(count(&rep, rm), 0);
  CHECK_EQ(count(&rep, rd), 0);

  /* 1.4, incoming: lineAnswer and lineDrop, then deallocate: no reply for either. */
  DWORD id = 0;
  CHECK_RC(tapisimOfferCall(0, 0, "5551234", "Alice", 0, &id), 0);
  HCALL in = t_new_call_14(a, NULL);
  LONG ra = lineAnswer(in, NULL, 0);
  REQUIRE(ra > 0);
  rd = lineDrop(in, NULL, 0);
  REQUIRE(rd > 0);
  CHECK_RC(lineDeallocateCall(in), 0);
  take_all(a, &rep);
  CHECK_EQ(count(&rep, ra), 0);
  CHECK_EQ(count(&rep, rd), 0);

  /* 1.4: a request on another call is not affected by this call's deallocation. */
  HCALL keep = 0, gone = 0;
  LONG rk = lineMakeCall(l14, &keep, "5550102", 0, NULL);
  LONG rg = lineMakeCall(l14, &gone, "5550103", 0, NULL);
  REQUIRE(rk > 0 && rg > 0 && keep != 0 && gone != 0);
  LONG rgd = lineDrop(gone, NULL, 0);
  REQUIRE(rgd > 0);
  CHECK_RC(lineDeallocateCall(gone), 0);
  take_all(a, &rep);
  CHECK_EQ(count(&rep, rk), 1);
  CHECK_EQ(count(&rep, rg), 0);
  CHECK_EQ(count(&rep, rgd), 0);
  CHECK(lineDrop(keep, NULL, 0) > 0);
  CHECK_RC(lineDeallocateCall(keep), 0);
  t_drain(a);

  /* 2.0: the same sequence; both replies come, in order, with dwParam2 = 0. */
  make_and_drop(l20, "5550104", &c, &rm, &rd);
  CHECK_RC(lineDeallocateCall(c), 0);
  take_all(a, &rep);
  CHECK_EQ(rep.nreplies, 2);
  CHECK_EQ(rep.req[0], (DWORD)rm);
  CHECK_EQ(rep.result[0], 0);
  CHECK_EQ(rep.req[1], (DWORD)rd);
  CHECK_EQ(rep.result[1], 0);

  /* 2.0: the sole owner deallocates the CONNECTED call right after lineMakeCall
   * returns; its reply still comes. */
  c = 0;
  rm = lineMakeCall(l20, &c, "5550105", 0, NULL);
  REQUIRE(rm > 0 && c != 0);
  CHECK_RC(lineDeallocateCall(c), 0);
  take_all(a, &rep);
  CHECK_EQ(rep.nreplies, 1);
  CHECK_EQ(count(&rep, rm), 1);
  CHECK_EQ(rep.result[0], 0);

  /* 2.0, incoming: lineAnswer, then deallocate: the reply still comes. */
  CHECK_RC(tapisimOfferCall(1, 0, "5551234", "Alice", 0, &id), 0);
  in = t_new_call(a, l20, NULL);
  ra = lineAnswer(in, NULL, 0);
  REQUIRE(ra > 0);
  CHECK_RC(lineDeallocateCall(in), 0);
  take_all(a, &rep);
  CHECK_EQ(count(&rep, ra), 1);

  CHECK_RC(lineShutdown(a), 0);
  TEST_DONE();
}
