/* R7: party IDs in LINECALLINFO: dwCallerIDFlags tells what is present. tapisimOfferCall
 * with number and name gives LINECALLPARTYID_ADDRESS | LINECALLPARTYID_NAME and both
 * fields; only a number gives ADDRESS (name Size/Offset 0); only a name gives NAME
 * (number Size/Offset 0); neither gives LINECALLPARTYID_UNKNOWN with both fields absent.
 * dwCallID is the value tapisimOfferCall returned, the same through every application's
 * handle and for A and W. */
#include "common.h"

#define BUF 1024

int main(void) {
  unsigned char *buf = malloc(BUF);
  REQUIRE(buf != NULL);
  HLINEAPP app = t_init_event("r07-party");
  HLINEAPP mon = t_init_event("r07-party-monitor");
  HLINE line = t_open(app, 0, 0x00020002, LINECALLPRIVILEGE_OWNER, 1);
  HLINE mline = t_open(mon, 0, 0x00030000, LINECALLPRIVILEGE_MONITOR, 2);

  static const struct {
    const char *number, *name;
    DWORD flags;
  } cases[] = {
      {"5551234", "Alice", LINECALLPARTYID_ADDRESS | LINECALLPARTYID_NAME},
      {"5559876", NULL, LINECALLPARTYID_ADDRESS},
      {NULL, "Bob", LINECALLPARTYID_NAME},
      {NULL, NULL, LINECALLPARTYID_UNKNOWN},
  };
  const size_t id_at = offsetof(LINECALLINFO, dwCallerIDSize);
  const size_t name_at = offsetof(LINECALLINFO, dwCallerIDNameSize);
  DWORD prev_id = 0;
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    int before = t_failures;
    DWORD call_id = 0;
    HCALL h = t_offer(app, 0, cases[i].number, cases[i].name, &call_id);
    HCALL hm = 0;
    {
      LINEMESSAGE m;
      REQUIRE(t_wait_for(mon, LINE_APPNEWCALL, mline, &m));
      hm = (HCALL)m.dwParam2;
    }
    CHECK(call_id != 0);
    CHECK(call_id != prev_id);
    prev_id = call_id;

    for (int wide = 0; wide < 2; wide++) {
      for (int who = 0; who < 2; who++) {
        memset(buf, 0, BUF);
        ((LINECALLINFO *)buf)->dwTotalSize = BUF;
        HCALL target = who ? hm : h;
        CHECK_RC(wide ? lineGetCallInfoW(target, (LINECALLINFO *)buf)
                      : lineGetCallInfoA(target, (LINECALLINFO *)buf),
                 0);
        LINECALLINFO *ci = (LINECALLINFO *)buf;
        CHECK_EQ(ci->dwCallID, call_id);
        CHECK_EQ(ci->dwCallerIDFlags, cases[i].flags);
        if (cases[i].number) {
          size_t n = strlen(cases[i].number) + 1;
          CHECK_EQ(t_get_dw(buf, id_at), wide ? 2 * n : n);
          CHECK(t_get_dw(buf, id_at + 4) >= (who ? 344u : 324u));
          if (!wide) CHECK(strcmp(t_field(buf, ci->dwCallerIDSize, ci->dwCallerIDOffset), cases[i].number) == 0);
        } else {
          CHECK_EQ(t_get_dw(buf, id_at), 0);
          CHECK_EQ(t_get_dw(buf, id_at + 4), 0);
        }
        if (cases[i].name) {
          size_t n = strlen(cases[i].name) + 1;
          CHECK_EQ(t_get_dw(buf, name_at), wide ? 2 * n : n);
          CHECK(t_get_dw(buf, name_at + 4) >= (who ? 344u : 324u));
          if (!wide) CHECK(strcmp(t_field(buf, ci->dwCallerIDNameSize, ci->dwCallerIDNameOffset), cases[i].name) == 0);
        } else {
          CHECK_EQ(t_get_dw(buf, name_at), 0);
          CHECK_EQ(t_get_dw(buf, name_at + 4), 0);
        }
        CHECK_EQ(ci->dwOrigin & LINECALLORIGIN_OUTBOUND, 0);
      }
    }
    if (t_failures != before)
      fprintf(stderr, "  (case %zu: number %s, name %s)\n", i,
              cases[i].number ? cases[i].number : "NULL", cases[i].name ? cases[i].name : "NULL");
  }

  CHECK_RC(lineClose(line), 0);
  CHECK_RC(lineClose(mline), 0);
  CHECK_RC(lineShutdown(app), 0);
  CHECK_RC(lineShutdown(mon), 0);
  free(buf);
  TEST_DONE();
}
