/* R7: the A and plain (TAPI 1.x) lineGetCallInfo entry points return single-byte strings
 * (the bytes given; here the code page is UTF-8, TAPI32_CODEPAGE=65001, so that the W
 * results are their characters), lineGetCallInfoW returns UTF-16:
 * exact code units for a caller ID number and names with non-ASCII characters ("Zoë":
 * U+00EB; an emoji outside the BMP: a surrogate pair), each with its terminating NUL
 * counted in Size. The called ID of an incoming call is the line's own number (1000+N). */
#include "common.h"

#undef lineGetCallInfo /* the plain (TAPI 1.x) entry point */

#define BUF 2048

/* The single-byte field at `at` is exactly `text` plus its NUL. */
static int a_field_is(const unsigned char *b, size_t at, const char *text) {
  DWORD size = t_get_dw(b, at), off = t_get_dw(b, at + 4);
  size_t n = strlen(text) + 1;
  return size == n && off >= 324 && memcmp(b + off, text, n) == 0;
}

/* The UTF-16 field at `at` is exactly `units` (n code units, the NUL included). */
static int w_field_is(const unsigned char *b, size_t at, const WCHAR *units, size_t n) {
  DWORD size = t_get_dw(b, at), off = t_get_dw(b, at + 4);
  if (size != 2 * n || off < 324) return 0;
  for (size_t i = 0; i < n; i++) {
    WCHAR u;
    memcpy(&u, b + off + 2 * i, 2);
    if (u != units[i]) {
      fprintf(stderr, "  UTF-16 unit %zu is 0x%04x, expected 0x%04x\n", i, u, units[i]);
      return 0;
    }
  }
  return 1;
}

static LONG get(LONG (*fn)(HCALL, LPLINECALLINFO), HCALL call, unsigned char *buf) {
  memset(buf, 0xEE, BUF);
  DWORD total = BUF;
  memcpy(buf, &total, 4);
  return fn(call, (LINECALLINFO *)buf);
}

int main(void) {
  setenv("TAPI32_CODEPAGE", "65001", 1); /* before the first TAPI call */
  unsigned char *buf = malloc(BUF);
  REQUIRE(buf != NULL);
  HLINEAPP app = t_init_event("r07-strings");
  HLINE line0 = t_open(app, 0, 0x00020002, LINECALLPRIVILEGE_OWNER, 1);
  HLINE line1 = t_open(app, 1, 0x00030001, LINECALLPRIVILEGE_OWNER, 2);

  /* "Zoë" in UTF-8, and a name with an emoji (U+1F600) after it. */
  const char *zoe = "Zo\xC3\xAB";
  const char *emoji = "Zo\xC3\xAB \xF0\x9F\x98\x80!";
  HCALL c1 = t_offer(app, 0, "5551234", zoe, NULL);
  HCALL c2 = t_offer(app, 1, "+44 20 7946 0000", emoji, NULL);

  static const WCHAR w_zoe[] = {0x005A, 0x006F, 0x00EB, 0};
  static const WCHAR w_emoji[] = {0x005A, 0x006F, 0x00EB, 0x0020, 0xD83D, 0xDE00, 0x0021, 0};
  static const WCHAR w_num1[] = {'5', '5', '5', '1', '2', '3', '4', 0};
  static const WCHAR w_num2[] = {'+', '4', '4', ' ', '2', '0', ' ', '7', '9',
                                 '4', '6', ' ', '0', '0', '0', '0', 0};
  static const WCHAR w_1000[] = {'1', '0', '0', '0', 0};
  static const WCHAR w_1001[] = {'1', '0', '0', '1', 0};
  const size_t id = offsetof(LINECALLINFO, dwCallerIDSize);
  const size_t name = offsetof(LINECALLINFO, dwCallerIDNameSize);
  const size_t called = offsetof(LINECALLINFO, dwCalledIDSize);

  LONG (*single[2])(HCALL, LPLINECALLINFO) = {lineGetCallInfo, lineGetCallInfoA};
  for (int i = 0; i < 2; i++) {
    CHECK_RC(get(single[i], c1, buf), 0);
    CHECK_EQ(((LINECALLINFO *)buf)->dwCallerIDFlags,
             LINECALLPARTYID_ADDRESS | LINECALLPARTYID_NAME);
    CHECK(a_field_is(buf, id, "5551234"));
    CHECK_EQ(t_get_dw(buf, name), 5); /* 'Z' 'o' 0xC3 0xAB NUL */
    CHECK(a_field_is(buf, name, zoe));
    CHECK(a_field_is(buf, called, "1000"));
    CHECK(((LINECALLINFO *)buf)->dwCalledIDFlags & LINECALLPARTYID_ADDRESS);

    CHECK_RC(get(single[i], c2, buf), 0);
    CHECK(a_field_is(buf, id, "+44 20 7946 0000"));
    CHECK_EQ(t_get_dw(buf, name), 11);
    CHECK(a_field_is(buf, name, emoji));
    CHECK(a_field_is(buf, called, "1001"));
    if (t_failures) fprintf(stderr, "  (single-byte entry point #%d)\n", i);
  }

  CHECK_RC(get(lineGetCallInfoW, c1, buf), 0);
  CHECK_EQ(((LINECALLINFO *)buf)->dwCallerIDFlags, LINECALLPARTYID_ADDRESS | LINECALLPARTYID_NAME);
  CHECK(w_field_is(buf, id, w_num1, 8));
  CHECK_EQ(t_get_dw(buf, name), 8); /* 3 code units + NUL */
  CHECK(w_field_is(buf, name, w_zoe, 4));
  CHECK(w_field_is(buf, called, w_1000, 5));

  CHECK_RC(get(lineGetCallInfoW, c2, buf), 0);
  CHECK(w_field_is(buf, id, w_num2, 17));
  CHECK_EQ(t_get_dw(buf, name), 16); /* 7 code units (one surrogate pair) + NUL */
  CHECK(w_field_is(buf, name, w_emoji, 8));
  CHECK(w_field_is(buf, called, w_1001, 5));

  /* dwNeededSize counts the encoded sizes: the W result needs more than the A one by
   * the difference in the strings' encodings (same fixed part, same fields). */
  CHECK_RC(get(lineGetCallInfoA, c1, buf), 0);
  DWORD need_a = t_get_dw(buf, 4);
  DWORD a_strings = 0, w_strings = 0;
  for (size_t k = 0; k < T_CALLINFO_STRING_FIELDS; k++)
    a_strings += t_get_dw(buf, t_callinfo_var_field(k));
  CHECK_RC(get(lineGetCallInfoW, c1, buf), 0);
  DWORD need_w = t_get_dw(buf, 4);
  for (size_t k = 0; k < T_CALLINFO_STRING_FIELDS; k++)
    w_strings += t_get_dw(buf, t_callinfo_var_field(k));
  CHECK(w_strings > a_strings);
  CHECK_EQ(need_w - need_a, w_strings - a_strings);

  CHECK_RC(lineClose(line0), 0);
  CHECK_RC(lineClose(line1), 0);
  CHECK_RC(lineShutdown(app), 0);
  free(buf);
  TEST_DONE();
}
