/* R7: party IDs in LINECALLINFO: dwCallerIDFlags tells what is present. tapisimOfferCall
 * with number and name gives LINECALLPARTYID_ADDRESS | LINECALLPARTYID_NAME and both
 * fields; only a number gives ADDRESS (name Size/Offset 0); only a name gives NAME
 * (number Size/Offset 0); neither gives LINECALLPARTYID_UNKNOWN with both fields absent.
 * dwCallID is the value tapisimOfferCall returned, the same through every application's
 * handle and for A and W. */
#include "common.h"

#define BUF 1024

/* The party ID field whose dwXxxSize is at `at` (dwXxxOffset follows) holds `text` with
 * its NUL (single bytes, or UTF-16 when `wide`) after the first `min_offset` bytes, or is
 * absent (Size and Offset 0) when `text` is NULL. */
static void check_party(const unsigned char *buf, size_t at, const char *text, int wide,
                        DWORD min_offset) {
  DWORD size = t_get_dw(buf, at), off = t_get_dw(buf, at + 4);
  if (text) {
    size_t n = strlen(text) + 1;
    CHECK_EQ(size, wide ? 2 * n : n);
    CHECK(off >= min_offset);
    if (!wide) CHECK(strcmp(t_field(buf, size, off), text) == 0);
  } else {
    CHECK_EQ(size, 0);
    CHECK_EQ(off, 0);
  }
}

int main(void) {
  unsigned char *buf = malloc(BUF);
  REQUIRE(buf != NULL);
  HLINE line, mline;
  HLINEAPP app = t_app_with_line("r07-party", 0, 0x00020002, LINECALLPRIVILEGE_OWNER, 1, &line);
  HLINEAPP mon = t_app_with_line("r07-party-monitor", 0, 0x00030000,
                                 LINECALLPRIVILEGE_MONITOR, 2, &mline);

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
    HCALL hm = t_new_call(mon, mline, NULL);
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
        check_party(buf, id_at, cases[i].number, wide, who ? 344u : 324u);
        check_party(buf, name_at, cases[i].name, wide, who ? 344u : 324u);
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
