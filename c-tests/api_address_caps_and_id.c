/* lineGetAddressCaps (plain, A, W) and lineGetID (plain, A, W) on the simulated lines:
 * the address's number in the entry point's encoding, the states and features it
 * reports, the fixed size per API version (180 before 2.0, 228 from 2.0; one byte less
 * gives LINEERR_STRUCTURETOOSMALL), strings whole or absent, nothing written past
 * dwTotalSize; lineGetID's "tapi/line" VARSTRING by line, address and call; bad input. */
#include "common.h"

#undef lineGetAddressCaps
#undef lineGetID

#define CANARY 0x5A

typedef LONG (*acaps_fn)(HLINEAPP, DWORD, DWORD, DWORD, DWORD, LPLINEADDRESSCAPS);

static const struct {
  acaps_fn fn;
  int wide;
} eps[] = {{lineGetAddressCaps, 0}, {lineGetAddressCapsA, 0}, {lineGetAddressCapsW, 1}};

static const struct {
  DWORD version, fixed;
} versions[] = {{0x00010003, 180}, {0x00010004, 180}, {0x00020000, 228},
                {0x00020002, 228}, {0x00030001, 228}};

/* 1 if the `size` bytes at `p` are "1000" with a NUL, in the encoding. */
static int is_number(const unsigned char *p, DWORD size, int wide) {
  if (!wide) return size == 5 && memcmp(p, "1000", 5) == 0;
  static const WCHAR w[] = {'1', '0', '0', '0', 0};
  return size == sizeof w && memcmp(p, w, sizeof w) == 0;
}

static void check_caps(HLINEAPP app, size_t e, size_t v) {
  const DWORD version = versions[v].version, fixed = versions[v].fixed;
  const int wide = eps[e].wide;
  unsigned char buf[1024];
  LINEADDRESSCAPS *c = (LINEADDRESSCAPS *)buf;

  /* Big enough: everything. */
  memset(buf, CANARY, sizeof buf);
  c->dwTotalSize = 512;
  REQUIRE_RC(eps[e].fn(app, 0, 0, version, 0, c), 0);
  DWORD needed = c->dwNeededSize;
  CHECK_EQ(c->dwTotalSize, 512);
  CHECK(c->dwUsedSize == needed);
  CHECK(needed > fixed);
  CHECK_EQ(c->dwLineDeviceID, 0);
  CHECK_EQ(c->dwAddressSharing, LINEADDRESSSHARING_PRIVATE);
  CHECK(c->dwAddressOffset >= fixed);
  CHECK(is_number(buf + c->dwAddressOffset, c->dwAddressSize, wide));
  DWORD states = LINECALLSTATE_IDLE | LINECALLSTATE_OFFERING | LINECALLSTATE_DIALTONE |
                 LINECALLSTATE_DIALING | LINECALLSTATE_RINGBACK | LINECALLSTATE_BUSY |
                 LINECALLSTATE_CONNECTED | LINECALLSTATE_PROCEEDING | LINECALLSTATE_ONHOLD |
                 LINECALLSTATE_DISCONNECTED;
  CHECK_EQ(c->dwCallStates, states);
  DWORD astates = LINEADDRESSSTATE_INUSEZERO | LINEADDRESSSTATE_INUSEONE |
                  LINEADDRESSSTATE_NUMCALLS;
  CHECK_EQ(c->dwAddressStates & astates, astates);
  CHECK(c->dwCallInfoStates & LINECALLINFOSTATE_NUMOWNERINCR);
  CHECK(c->dwCallerIDFlags & LINECALLPARTYID_ADDRESS);
  CHECK(c->dwCalledIDFlags & LINECALLPARTYID_ADDRESS);
  CHECK(c->dwConnectedIDFlags & LINECALLPARTYID_ADDRESS);
  CHECK(c->dwDialToneModes & LINEDIALTONEMODE_NORMAL);
  CHECK(c->dwBusyModes & LINEBUSYMODE_STATION);
  CHECK(c->dwDisconnectModes & LINEDISCONNECTMODE_NORMAL);
  CHECK(c->dwMaxNumActiveCalls >= 1);
  CHECK(c->dwMaxNumOnHoldCalls >= 1);
  CHECK(c->dwAddrCapFlags & LINEADDRCAPFLAGS_DIALED);
  DWORD feats = LINECALLFEATURE_ANSWER | LINECALLFEATURE_DROP | LINECALLFEATURE_HOLD |
                LINECALLFEATURE_UNHOLD | LINECALLFEATURE_DIAL | LINECALLFEATURE_REDIRECT |
                LINECALLFEATURE_BLINDTRANSFER | LINECALLFEATURE_SECURECALL;
  CHECK_EQ(c->dwCallFeatures, feats);
  CHECK_EQ(c->dwAddressFeatures, LINEADDRFEATURE_MAKECALL);
  if (fixed > 180) {
    CHECK(c->dwAvailableMediaModes & LINEMEDIAMODE_INTERACTIVEVOICE);
    CHECK(c->dwDeviceClassesSize > 0);
    CHECK(c->dwDeviceClassesOffset >= fixed);
  }
  for (size_t i = needed; i < sizeof buf; i++)
    if (buf[i] != CANARY) {
      fprintf(stderr, "byte %zu written past dwUsedSize\n", i);
      t_failures++;
      break;
    }

  /* One byte below the fixed size: STRUCTURETOOSMALL. */
  memset(buf, CANARY, sizeof buf);
  c->dwTotalSize = fixed - 1;
  CHECK_RC(eps[e].fn(app, 0, 0, version, 0, c), LINEERR_STRUCTURETOOSMALL);

  /* Every size from the fixed part up: fields whole or absent, nothing past the total. */
  for (DWORD total = fixed; total <= needed + 4; total++) {
    memset(buf, CANARY, sizeof buf);
    c->dwTotalSize = total;
    LONG r = eps[e].fn(app, 0, 0, version, 0, c);
    if (r != 0) {
      fprintf(stderr, "failed at dwTotalSize %u: 0x%x\n", (unsigned)total, (unsigned)r);
      t_failures++;
      break;
    }
    CHECK_EQ(c->dwNeededSize, needed);
    CHECK(c->dwUsedSize <= total);
    if (c->dwAddressSize) CHECK(is_number(buf + c->dwAddressOffset, c->dwAddressSize, wide));
    else CHECK_EQ(c->dwAddressOffset, 0);
    for (size_t i = total; i < total + 16; i++)
      if (buf[i] != CANARY) {
        fprintf(stderr, "byte %zu written past dwTotalSize %u\n", i, (unsigned)total);
        t_failures++;
        break;
      }
  }
}

typedef LONG (*getid_fn)(HLINE, DWORD, HCALL, DWORD, LPVARSTRING, LPCSTR);

static void check_id(HLINE line, DWORD dev, HCALL call) {
  unsigned char buf[64];
  VARSTRING *vs = (VARSTRING *)buf;
  const DWORD selects[] = {LINECALLSELECT_LINE, LINECALLSELECT_ADDRESS, LINECALLSELECT_CALL};
  for (int s = 0; s < 3; s++) {
    memset(buf, CANARY, sizeof buf);
    vs->dwTotalSize = sizeof buf;
    CHECK_RC(lineGetIDA(line, 0, call, selects[s], vs, "tapi/line"), 0);
    CHECK_EQ(vs->dwStringFormat, STRINGFORMAT_BINARY);
    CHECK_EQ(vs->dwStringSize, 4);
    CHECK_EQ(vs->dwStringOffset, sizeof(VARSTRING));
    CHECK_EQ(vs->dwNeededSize, sizeof(VARSTRING) + 4);
    CHECK_EQ(vs->dwUsedSize, sizeof(VARSTRING) + 4);
    CHECK_EQ(t_get_dw(buf, sizeof(VARSTRING)), dev);
    CHECK_EQ(buf[sizeof(VARSTRING) + 4], CANARY);
  }
  /* W and plain, class names compared without case. */
  static const WCHAR wclass[] = {'T', 'A', 'P', 'I', '/', 'L', 'i', 'n', 'e', 0};
  memset(buf, CANARY, sizeof buf);
  vs->dwTotalSize = sizeof buf;
  CHECK_RC(lineGetIDW(line, 0, 0, LINECALLSELECT_LINE, vs, wclass), 0);
  CHECK_EQ(t_get_dw(buf, sizeof(VARSTRING)), dev);
  memset(buf, CANARY, sizeof buf);
  vs->dwTotalSize = sizeof buf;
  CHECK_RC(lineGetID(line, 0, 0, LINECALLSELECT_LINE, vs, "tapi/line"), 0);
  CHECK_EQ(t_get_dw(buf, sizeof(VARSTRING)), dev);
  /* Too small for the ID: succeeds with the ID absent. */
  memset(buf, CANARY, sizeof buf);
  vs->dwTotalSize = sizeof(VARSTRING) + 3;
  CHECK_RC(lineGetIDA(line, 0, 0, LINECALLSELECT_LINE, vs, "tapi/line"), 0);
  CHECK_EQ(vs->dwNeededSize, sizeof(VARSTRING) + 4);
  CHECK_EQ(vs->dwUsedSize, sizeof(VARSTRING));
  CHECK_EQ(vs->dwStringSize, 0);
  CHECK_EQ(vs->dwStringOffset, 0);
  CHECK_EQ(buf[sizeof(VARSTRING)], CANARY);
  /* Below the fixed part. */
  vs->dwTotalSize = sizeof(VARSTRING) - 1;
  CHECK_RC(lineGetIDA(line, 0, 0, LINECALLSELECT_LINE, vs, "tapi/line"), LINEERR_STRUCTURETOOSMALL);
  /* Classes this provider has no device for. */
  vs->dwTotalSize = sizeof buf;
  CHECK_RC(lineGetIDA(line, 0, 0, LINECALLSELECT_LINE, vs, "tapi/phone"), LINEERR_INVALDEVICECLASS);
  /* comm/datamodem on a line: no port (a NULL handle and an empty name; see
   * api_lineid_datamodem.c). */
  CHECK_RC(lineGetIDA(line, 0, 0, LINECALLSELECT_LINE, vs, "comm/datamodem"), 0);
  CHECK_EQ(vs->dwStringSize, sizeof(HANDLE) + 1);
  CHECK_RC(lineGetIDA(line, 0, 0, LINECALLSELECT_LINE, vs, "wave/in"), LINEERR_INVALDEVICECLASS);
  CHECK_RC(lineGetIDA(line, 0, 0, LINECALLSELECT_LINE, vs, ""), LINEERR_INVALDEVICECLASS);
  CHECK_RC(lineGetIDA(line, 0, 0, LINECALLSELECT_LINE, vs, NULL), LINEERR_INVALPOINTER);
  CHECK_RC(lineGetIDA(line, 0, 0, LINECALLSELECT_LINE, NULL, "tapi/line"), LINEERR_INVALPOINTER);
  /* Bad selections and handles. */
  CHECK_RC(lineGetIDA(line, 0, 0, 0, vs, "tapi/line"), LINEERR_INVALCALLSELECT);
  CHECK_RC(lineGetIDA(line, 0, 0, LINECALLSELECT_DEVICEID, vs, "tapi/line"),
           LINEERR_INVALCALLSELECT);
  CHECK_RC(lineGetIDA(line, 5, 0, LINECALLSELECT_ADDRESS, vs, "tapi/line"),
           LINEERR_INVALADDRESSID);
  CHECK_RC(lineGetIDA(line, 0, 0, LINECALLSELECT_CALL, vs, "tapi/line"), LINEERR_INVALCALLHANDLE);
  CHECK_RC(lineGetIDA(line, 0, (HCALL)line, LINECALLSELECT_CALL, vs, "tapi/line"),
           LINEERR_INVALCALLHANDLE);
  CHECK_RC(lineGetIDA(0, 0, call, LINECALLSELECT_LINE, vs, "tapi/line"), LINEERR_INVALLINEHANDLE);
  CHECK_RC(lineGetIDA((HLINE)call, 0, call, LINECALLSELECT_ADDRESS, vs, "tapi/line"),
           LINEERR_INVALLINEHANDLE);
  /* LINECALLSELECT_CALL ignores hLine. */
  memset(buf, CANARY, sizeof buf);
  vs->dwTotalSize = sizeof buf;
  CHECK_RC(lineGetIDA(0, 0, call, LINECALLSELECT_CALL, vs, "tapi/line"), 0);
  CHECK_EQ(t_get_dw(buf, sizeof(VARSTRING)), dev);
}

int main(void) {
  CHECK_RC(lineGetAddressCapsA(1, 0, 0, 0x00020000, 0, NULL), LINEERR_UNINITIALIZED);
  CHECK_RC(lineGetIDA(1, 0, 0, LINECALLSELECT_LINE, NULL, "tapi/line"), LINEERR_UNINITIALIZED);

  HLINE line0, line1;
  HLINEAPP app = t_app_with_line("api-addrcaps", 0, 0x00020002, LINECALLPRIVILEGE_OWNER, 1, &line0);
  line1 = t_open(app, 1, 0x00010004, LINECALLPRIVILEGE_OWNER, 2);

  for (size_t e = 0; e < sizeof eps / sizeof eps[0]; e++)
    for (size_t v = 0; v < sizeof versions / sizeof versions[0]; v++) check_caps(app, e, v);

  /* Device 1's address has its own number and device ID. */
  unsigned char buf[512];
  LINEADDRESSCAPS *c = (LINEADDRESSCAPS *)buf;
  memset(buf, 0, sizeof buf);
  c->dwTotalSize = sizeof buf;
  CHECK_RC(lineGetAddressCapsA(app, 1, 0, 0x00020000, 0, c), 0);
  CHECK_EQ(c->dwLineDeviceID, 1);
  CHECK(c->dwAddressSize == 5 && memcmp(buf + c->dwAddressOffset, "1001", 5) == 0);

  /* Bad input. */
  CHECK_RC(lineGetAddressCapsA(app, 0, 0, 0x00020000, 0, NULL), LINEERR_INVALPOINTER);
  CHECK_RC(lineGetAddressCapsA(app, 0, 0, 0x00020000, 0, (LPLINEADDRESSCAPS)16),
           LINEERR_INVALPOINTER);
  CHECK_RC(lineGetAddressCapsA(app, 99, 0, 0x00020000, 0, c), LINEERR_BADDEVICEID);
  CHECK_RC(lineGetAddressCapsA(app, 0, 1, 0x00020000, 0, c), LINEERR_INVALADDRESSID);
  CHECK_RC(lineGetAddressCapsA(app, 0, 0, 0x00050000, 0, c), LINEERR_INCOMPATIBLEAPIVERSION);
  CHECK_RC(lineGetAddressCapsA(app, 0, 0, 0x00020000, 1, c), LINEERR_INCOMPATIBLEEXTVERSION);
  CHECK_RC(lineGetAddressCapsA(0, 0, 0, 0x00020000, 0, c), LINEERR_INVALAPPHANDLE);
  CHECK_RC(lineGetAddressCapsA((HLINEAPP)line0, 0, 0, 0x00020000, 0, c), LINEERR_INVALAPPHANDLE);

  t_drain(app);
  HCALL call0 = t_make_call(app, line0, "5550100");
  check_id(line0, 0, call0);
  HCALL call1 = t_make_call(app, line1, "5550101");
  memset(buf, 0, sizeof buf);
  ((VARSTRING *)buf)->dwTotalSize = 64;
  CHECK_RC(lineGetIDA(line0, 0, call1, LINECALLSELECT_CALL, (VARSTRING *)buf, "tapi/line"), 0);
  CHECK_EQ(t_get_dw(buf, sizeof(VARSTRING)), 1);

  /* Dead handles. */
  CHECK(lineDrop(call0, NULL, 0) > 0);
  CHECK(t_wait_state(app, call0, LINECALLSTATE_IDLE));
  CHECK_RC(lineDeallocateCall(call0), 0);
  CHECK_RC(lineGetIDA(line0, 0, call0, LINECALLSELECT_CALL, (VARSTRING *)buf, "tapi/line"),
           LINEERR_INVALCALLHANDLE);
  CHECK_RC(lineClose(line0), 0);
  CHECK_RC(lineGetIDA(line0, 0, 0, LINECALLSELECT_LINE, (VARSTRING *)buf, "tapi/line"),
           LINEERR_INVALLINEHANDLE);
  CHECK_RC(lineShutdown(app), 0);
  CHECK_RC(lineGetAddressCapsA(app, 0, 0, 0x00020000, 0, c), LINEERR_UNINITIALIZED);
  CHECK_RC(lineGetIDA(line1, 0, 0, LINECALLSELECT_LINE, (VARSTRING *)buf, "tapi/line"),
           LINEERR_UNINITIALIZED);
  TEST_DONE();
}
