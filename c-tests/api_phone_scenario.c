/* Phone devices a scenario defines ([[phone]]): phoneInitializeEx counts them,
 * phoneNegotiateAPIVersion, phoneGetDevCaps (A and W, R7 sizes), phoneOpen as owner and
 * monitor, phoneGetStatus, the setters (a request ID, PHONE_REPLY, then the PHONE_STATE
 * messages phoneSetStatusMessages enabled) and what the getters and the status read
 * afterwards, phoneGetID and lineGetID "tapi/phone", a phone ringing while a call is
 * offered on its line, every bad input, and stale handles after phoneClose and
 * phoneShutdown. */
#include <windows.h>

#include "common.h"

static const char *SCENARIO =
    "[[line]]\n"
    "[[line]]\n"
    "[[phone]]\n"
    "name = \"Desk phone\"\n"
    "line = 0\n"
    "hookswitch = [\"handset\", \"speaker\", \"headset\"]\n"
    "ring_modes = 3\n"
    "display_rows = 2\n"
    "display_columns = 16\n"
    "[[phone]]\n";

/* The TAPI 1.x callback application: what its callback received, in the thread's
 * message loop. */
static DWORD cb_reply_req, cb_ring_mode = 99, cb_instance, cb_thread, cb_off_thread;
static void phone_cb(DWORD hDevice, DWORD dwMessage, DWORD_PTR dwInstance, DWORD_PTR dwParam1,
                     DWORD_PTR dwParam2, DWORD_PTR dwParam3) {
  (void)hDevice, (void)dwParam3;
  if (GetCurrentThreadId() != cb_thread) cb_off_thread++;
  if (dwMessage == PHONE_REPLY && dwParam2 == 0) cb_reply_req = (DWORD)dwParam1;
  if (dwMessage == PHONE_STATE && dwParam1 == PHONESTATE_RINGMODE) {
    cb_ring_mode = (DWORD)dwParam2;
    cb_instance = (DWORD)dwInstance;
  }
}

/* Takes phone messages until one with `id` about `hdev` (unless 0) comes. */
static int p_wait_for(HPHONEAPP app, DWORD id, DWORD hdev, PHONEMESSAGE *out) {
  PHONEMESSAGE m;
  while (phoneGetMessage(app, &m, T_TIMEOUT_MS) == 0) {
    if (m.dwMessageID == id && (hdev == 0 || m.hDevice == hdev)) {
      if (out) *out = m;
      return 1;
    }
  }
  return 0;
}

/* The next PHONE_STATE about `h` has dwParam1 `state` and dwParam2 `detail`. */
#define CHECK_PHONE_STATE(app, h, state, detail)                                     \
  do {                                                                               \
    PHONEMESSAGE m_;                                                                 \
    CHECK(p_wait_for((app), PHONE_STATE, (h), &m_));                                 \
    CHECK_EQ(m_.dwParam1, (state));                                                  \
    CHECK_EQ(m_.dwParam2, (detail));                                                 \
    CHECK_EQ(m_.dwCallbackInstance, 7);                                              \
  } while (0)

/* An asynchronous phone request succeeded: its PHONE_REPLY came with dwParam2 0. */
static void p_replied(HPHONEAPP app, LONG req) {
  CHECK(req > 0);
  PHONEMESSAGE m;
  CHECK(p_wait_for(app, PHONE_REPLY, 0, &m));
  CHECK_EQ(m.dwParam1, (DWORD_PTR)req);
  CHECK_EQ(m.dwParam2, 0);
}

static void check_quiet(HPHONEAPP app) {
  PHONEMESSAGE m;
  LONG r = phoneGetMessage(app, &m, 0);
  if (r == 0) fprintf(stderr, "unexpected phone message %u p1 0x%lx\n", (unsigned)m.dwMessageID,
                      (unsigned long)m.dwParam1);
  CHECK_RC(r, PHONEERR_OPERATIONFAILED);
}

static HPHONEAPP p_init(const char *name, DWORD *n) {
  HPHONEAPP app = 0;
  DWORD ver = 0x00020002;
  PHONEINITIALIZEEXPARAMS p;
  memset(&p, 0, sizeof p);
  p.dwTotalSize = sizeof p;
  p.dwOptions = PHONEINITIALIZEEXOPTION_USEEVENT;
  REQUIRE_RC(phoneInitializeExA(&app, NULL, NULL, name, n, &ver, &p), 0);
  return app;
}

static DWORD varstring_dword(const unsigned char *b) {
  const VARSTRING *v = (const VARSTRING *)b;
  DWORD d = 0;
  if (v->dwStringSize == 4) memcpy(&d, b + v->dwStringOffset, 4);
  else d = 0xDEADBEEF;
  return d;
}

static void check_caps(HPHONEAPP app) {
  unsigned char b[1024];
  PHONECAPS *c = (PHONECAPS *)b;
  memset(b, 0, sizeof b);
  c->dwTotalSize = sizeof b;
  CHECK_RC(phoneGetDevCapsA(app, 0, 0x00020002, 0, c), 0);
  CHECK(strcmp(t_field(b, c->dwPhoneNameSize, c->dwPhoneNameOffset), "Desk phone") == 0);
  CHECK_EQ(c->dwStringFormat, STRINGFORMAT_ASCII);
  CHECK_EQ(c->dwHookSwitchDevs, PHONEHOOKSWITCHDEV_HANDSET | PHONEHOOKSWITCHDEV_SPEAKER |
                                    PHONEHOOKSWITCHDEV_HEADSET);
  CHECK_EQ(c->dwNumRingModes, 3);
  CHECK_EQ(c->dwDisplayNumRows, 2);
  CHECK_EQ(c->dwDisplayNumColumns, 16);
  CHECK_EQ(c->dwNumButtonLamps, 0);
  CHECK(c->dwPhoneStates & PHONESTATE_RINGMODE);
  CHECK(c->dwPhoneStates & PHONESTATE_HEADSETGAIN);
  CHECK_EQ(c->dwPhoneStates & PHONESTATE_LAMP, 0);
  CHECK(c->dwHandsetHookSwitchModes & PHONEHOOKSWITCHMODE_MICSPEAKER);
  CHECK(c->dwPhoneFeatures & PHONEFEATURE_SETDISPLAY);
  CHECK(c->dwProviderInfoSize > 1);
  /* "tapi/phone\0tapi/line\0\0" */
  CHECK_EQ(c->dwDeviceClassesSize, 22);
  CHECK(memcmp(b + c->dwDeviceClassesOffset, "tapi/phone\0tapi/line\0", 22) == 0);
  CHECK_EQ(c->dwUsedSize, c->dwNeededSize);
  DWORD needed = c->dwNeededSize;

  /* W: UTF-16 strings. */
  memset(b, 0, sizeof b);
  c->dwTotalSize = sizeof b;
  CHECK_RC(phoneGetDevCapsW(app, 0, 0x00020002, 0, c), 0);
  CHECK_EQ(c->dwStringFormat, STRINGFORMAT_UNICODE);
  CHECK(t_wide_is(b + c->dwPhoneNameOffset, c->dwPhoneNameSize, "Desk phone"));

  /* R7: the fixed part of the version only; variable fields whole or absent. */
  memset(b, 0xCC, sizeof b);
  c->dwTotalSize = 180; /* 2.0's fixed size */
  CHECK_RC(phoneGetDevCapsA(app, 0, 0x00020000, 0, c), 0);
  CHECK_EQ(c->dwUsedSize, 180);
  CHECK(c->dwNeededSize > 180);
  CHECK_EQ(c->dwPhoneNameSize, 0);
  CHECK(t_untouched(b, 180, sizeof b, 0xCC));
  c->dwTotalSize = 143; /* below 1.4's 144 */
  CHECK_RC(phoneGetDevCapsA(app, 0, 0x00010004, 0, c), PHONEERR_STRUCTURETOOSMALL);
  memset(b, 0xCC, sizeof b);
  c->dwTotalSize = 144;
  CHECK_RC(phoneGetDevCapsA(app, 0, 0x00010004, 0, c), 0);
  CHECK_EQ(c->dwUsedSize, 144);
  CHECK_EQ(c->dwDeviceClassesSize, 0xCCCCCCCC); /* past 1.4's part: untouched */
  c->dwTotalSize = 195;
  CHECK_RC(phoneGetDevCapsA(app, 0, 0x00020002, 0, c), PHONEERR_STRUCTURETOOSMALL);
  c->dwTotalSize = sizeof b;
  CHECK_RC(phoneGetDevCapsA(app, 2, 0x00020002, 0, c), PHONEERR_BADDEVICEID);
  CHECK_RC(phoneGetDevCapsA(app, 0, 0x00050000, 0, c), PHONEERR_INCOMPATIBLEAPIVERSION);
  CHECK_RC(phoneGetDevCapsA(app, 0, 0x00020002, 1, c), PHONEERR_INCOMPATIBLEEXTVERSION);
  CHECK_RC(phoneGetDevCapsA(app, 0, 0x00020002, 0, NULL), PHONEERR_INVALPOINTER);

  /* The second phone: defaults, no line. */
  memset(b, 0, sizeof b);
  c->dwTotalSize = sizeof b;
  CHECK_RC(phoneGetDevCapsA(app, 1, 0x00020002, 0, c), 0);
  CHECK(strcmp(t_field(b, c->dwPhoneNameSize, c->dwPhoneNameOffset), "Simulated Phone 1") == 0);
  CHECK_EQ(c->dwHookSwitchDevs, PHONEHOOKSWITCHDEV_HANDSET | PHONEHOOKSWITCHDEV_SPEAKER);
  CHECK_EQ(c->dwNumRingModes, 1);
  CHECK_EQ(c->dwDisplayNumRows, 2);
  CHECK_EQ(c->dwDisplayNumColumns, 40);
  CHECK_EQ(c->dwDeviceClassesSize, 12);
  CHECK(needed > 144);
}

int main(void) {
  char path[] = "/tmp/tapi32_phones_XXXXXX";
  t_scenario_file(SCENARIO, path);
  DWORD n = 99;
  HPHONEAPP papp = p_init("api_phone_scenario", &n);
  unlink(path);
  CHECK_EQ(n, 2);
  HLINE line0, line1;
  HLINEAPP lapp = t_app_with_line("api_phone_scenario_line", 0, 0x00020002,
                                  LINECALLPRIVILEGE_OWNER, 1, &line0);
  line1 = t_open(lapp, 1, 0x00020002, LINECALLPRIVILEGE_OWNER, 2);

  /* Versions. */
  DWORD v = 0;
  PHONEEXTENSIONID ext;
  memset(&ext, 0xAA, sizeof ext);
  CHECK_RC(phoneNegotiateAPIVersion(papp, 0, 0x00010003, 0x00020002, &v, &ext), 0);
  CHECK_EQ(v, 0x00020002);
  CHECK_EQ(ext.dwExtensionID0, 0);
  CHECK_RC(phoneNegotiateAPIVersion(papp, 2, 0x00010003, 0x00020002, &v, &ext),
           PHONEERR_BADDEVICEID);
  CHECK_RC(phoneNegotiateAPIVersion(papp, 0, 0x00040000, 0x00050000, &v, &ext),
           PHONEERR_INCOMPATIBLEAPIVERSION);
  CHECK_RC(phoneNegotiateAPIVersion(papp, 0, 0x00010003, 0x00020002, NULL, &ext),
           PHONEERR_INVALPOINTER);
  CHECK_RC(phoneNegotiateAPIVersion(lapp, 0, 0x00010003, 0x00020002, &v, &ext),
           PHONEERR_INVALAPPHANDLE);
  CHECK_RC(phoneNegotiateExtVersion(papp, 0, 0x00020002, 1, 2, &v), PHONEERR_OPERATIONUNAVAIL);

  check_caps(papp);

  /* phoneOpen's bad input changes nothing. */
  HPHONE h1 = 0, h2 = 0, h3 = 0;
  CHECK_RC(phoneOpen(papp, 0, &h1, 0x00020002, 0, 7, 0), PHONEERR_INVALPRIVILEGE);
  CHECK_RC(phoneOpen(papp, 0, &h1, 0x00020002, 0, 7, PHONEPRIVILEGE_OWNER | PHONEPRIVILEGE_MONITOR),
           PHONEERR_INVALPRIVILEGE);
  CHECK_RC(phoneOpen(papp, 0, &h1, 0x00050000, 0, 7, PHONEPRIVILEGE_OWNER),
           PHONEERR_INCOMPATIBLEAPIVERSION);
  CHECK_RC(phoneOpen(papp, 0, &h1, 0x00020002, 1, 7, PHONEPRIVILEGE_OWNER),
           PHONEERR_INCOMPATIBLEEXTVERSION);
  CHECK_RC(phoneOpen(papp, 2, &h1, 0x00020002, 0, 7, PHONEPRIVILEGE_OWNER), PHONEERR_BADDEVICEID);
  CHECK_RC(phoneOpen(papp, 0, NULL, 0x00020002, 0, 7, PHONEPRIVILEGE_OWNER), PHONEERR_INVALPOINTER);
  CHECK_RC(phoneOpen(lapp, 0, &h1, 0x00020002, 0, 7, PHONEPRIVILEGE_OWNER), PHONEERR_INVALAPPHANDLE);
  CHECK_EQ(h1, 0);

  CHECK_RC(phoneOpen(papp, 0, &h1, 0x00020002, 0, 7, PHONEPRIVILEGE_OWNER), 0);
  CHECK(h1 != 0);
  /* Handle kinds do not mix. */
  CHECK_RC(phoneClose(papp), PHONEERR_INVALPHONEHANDLE);
  CHECK_RC(phoneClose(line0), PHONEERR_INVALPHONEHANDLE);
  CHECK_RC(lineClose(h1), LINEERR_INVALLINEHANDLE);
  CHECK_RC(phoneShutdown(h1), PHONEERR_INVALAPPHANDLE);

  /* Status messages. */
  DWORD all = PHONESTATE_OWNER | PHONESTATE_MONITORS | PHONESTATE_DISPLAY | PHONESTATE_RINGMODE |
              PHONESTATE_RINGVOLUME | PHONESTATE_HANDSETHOOKSWITCH | PHONESTATE_SPEAKERVOLUME |
              PHONESTATE_HEADSETGAIN;
  CHECK_RC(phoneSetStatusMessages(h1, PHONESTATE_LAMP, 0, 0), PHONEERR_INVALPHONESTATE);
  CHECK_RC(phoneSetStatusMessages(h1, all, 0x40, 0), PHONEERR_INVALBUTTONMODE);
  CHECK_RC(phoneSetStatusMessages(h1, all, PHONEBUTTONMODE_KEYPAD, 0x10),
           PHONEERR_INVALBUTTONSTATE);
  DWORD s = 1, bm = 1, bs = 1;
  CHECK_RC(phoneGetStatusMessages(h1, &s, &bm, &bs), 0);
  CHECK_EQ(s, 0);
  CHECK_EQ(bm, 0);
  CHECK_RC(phoneSetStatusMessages(h1, all, PHONEBUTTONMODE_KEYPAD, PHONEBUTTONSTATE_DOWN), 0);
  CHECK_RC(phoneGetStatusMessages(h1, &s, &bm, &bs), 0);
  CHECK_EQ(s, all);
  CHECK_EQ(bm, PHONEBUTTONMODE_KEYPAD);
  CHECK_EQ(bs, PHONEBUTTONSTATE_DOWN);
  CHECK_RC(phoneGetStatusMessages(h1, NULL, &bm, &bs), PHONEERR_INVALPOINTER);

  /* A monitor in another application: the owner hears PHONESTATE_MONITORS (1). */
  DWORD n2 = 0;
  HPHONEAPP papp2 = p_init("api_phone_scenario_monitor", &n2);
  CHECK_EQ(n2, 2);
  CHECK_RC(phoneOpen(papp2, 0, &h2, 0x00010004, 0, 7, PHONEPRIVILEGE_MONITOR), 0);
  CHECK_PHONE_STATE(papp, h1, PHONESTATE_MONITORS, 1);
  CHECK_RC(phoneSetStatusMessages(h2, PHONESTATE_RINGMODE, 0, 0), 0);
  /* The second phone has no headset. */
  CHECK_RC(phoneOpen(papp2, 1, &h3, 0x00020002, 0, 7, PHONEPRIVILEGE_OWNER), 0);
  CHECK_RC(phoneSetStatusMessages(h3, PHONESTATE_HEADSETHOOKSWITCH, 0, 0),
           PHONEERR_INVALPHONESTATE);

  /* The status before any change. */
  unsigned char sb[512];
  PHONESTATUS *st = (PHONESTATUS *)sb;
  memset(sb, 0, sizeof sb);
  st->dwTotalSize = sizeof sb;
  CHECK_RC(phoneGetStatusA(h1, st), 0);
  CHECK_EQ(st->dwNumOwners, 1);
  CHECK_EQ(st->dwNumMonitors, 1);
  CHECK_EQ(st->dwRingMode, 0);
  CHECK_EQ(st->dwHandsetHookSwitchMode, PHONEHOOKSWITCHMODE_ONHOOK);
  CHECK_EQ(st->dwSpeakerVolume, 0x8000);
  CHECK(st->dwStatusFlags & PHONESTATUSFLAGS_CONNECTED);
  CHECK(strcmp(t_field(sb, st->dwOwnerNameSize, st->dwOwnerNameOffset), "api_phone_scenario") == 0);
  CHECK_EQ(st->dwDisplaySize, 33); /* 2 x 16 and a NUL */
  CHECK(st->dwPhoneFeatures & PHONEFEATURE_SETRING);
  /* The monitor opened with 1.4: 100 bytes are enough, 99 are not. */
  memset(sb, 0xCC, sizeof sb);
  st->dwTotalSize = 99;
  CHECK_RC(phoneGetStatusA(h2, st), PHONEERR_STRUCTURETOOSMALL);
  st->dwTotalSize = 100;
  CHECK_RC(phoneGetStatusW(h2, st), 0);
  CHECK_EQ(st->dwNumOwners, 1);
  CHECK(st->dwNeededSize > 100);
  CHECK(t_untouched(sb, 100, sizeof sb, 0xCC));
  st->dwTotalSize = 103;
  CHECK_RC(phoneGetStatusA(h1, st), PHONEERR_STRUCTURETOOSMALL);
  CHECK_RC(phoneGetStatusA(h1, NULL), PHONEERR_INVALPOINTER);

  /* Hookswitch. */
  DWORD devs = 99;
  CHECK_RC(phoneGetHookSwitch(h1, &devs), 0);
  CHECK_EQ(devs, 0);
  CHECK_RC(phoneSetHookSwitch(h1, 0, PHONEHOOKSWITCHMODE_MIC), PHONEERR_INVALHOOKSWITCHDEV);
  CHECK_RC(phoneSetHookSwitch(h1, 8, PHONEHOOKSWITCHMODE_MIC), PHONEERR_INVALHOOKSWITCHDEV);
  CHECK_RC(phoneSetHookSwitch(h3, PHONEHOOKSWITCHDEV_HEADSET, PHONEHOOKSWITCHMODE_MIC),
           PHONEERR_INVALHOOKSWITCHDEV);
  CHECK_RC(phoneSetHookSwitch(h1, PHONEHOOKSWITCHDEV_HANDSET, 3), PHONEERR_INVALHOOKSWITCHMODE);
  CHECK_RC(phoneSetHookSwitch(h1, PHONEHOOKSWITCHDEV_HANDSET, PHONEHOOKSWITCHMODE_UNKNOWN),
           PHONEERR_INVALHOOKSWITCHMODE);
  CHECK_RC(phoneSetHookSwitch(h2, PHONEHOOKSWITCHDEV_HANDSET, PHONEHOOKSWITCHMODE_MIC),
           PHONEERR_NOTOWNER);
  CHECK_RC(phoneGetHookSwitch(h1, NULL), PHONEERR_INVALPOINTER);
  check_quiet(papp);
  p_replied(papp, phoneSetHookSwitch(h1, PHONEHOOKSWITCHDEV_HANDSET, PHONEHOOKSWITCHMODE_MICSPEAKER));
  CHECK_PHONE_STATE(papp, h1, PHONESTATE_HANDSETHOOKSWITCH, PHONEHOOKSWITCHMODE_MICSPEAKER);
  CHECK_RC(phoneGetHookSwitch(h2, &devs), 0); /* a monitor reads it too */
  CHECK_EQ(devs, PHONEHOOKSWITCHDEV_HANDSET);

  /* Volume and gain: out of range is the nearest value. */
  DWORD lv = 0;
  p_replied(papp, phoneSetVolume(h1, PHONEHOOKSWITCHDEV_SPEAKER, 0x12345));
  CHECK_PHONE_STATE(papp, h1, PHONESTATE_SPEAKERVOLUME, 0);
  CHECK_RC(phoneGetVolume(h1, PHONEHOOKSWITCHDEV_SPEAKER, &lv), 0);
  CHECK_EQ(lv, 0xFFFF);
  p_replied(papp, phoneSetGain(h1, PHONEHOOKSWITCHDEV_HEADSET, 0x100));
  CHECK_PHONE_STATE(papp, h1, PHONESTATE_HEADSETGAIN, 0);
  CHECK_RC(phoneGetGain(h2, PHONEHOOKSWITCHDEV_HEADSET, &lv), 0);
  CHECK_EQ(lv, 0x100);
  p_replied(papp, phoneSetVolume(h1, PHONEHOOKSWITCHDEV_HANDSET, 0x10)); /* not enabled */
  CHECK_RC(phoneGetVolume(h1, PHONEHOOKSWITCHDEV_HANDSET | PHONEHOOKSWITCHDEV_SPEAKER, &lv),
           PHONEERR_INVALHOOKSWITCHDEV);
  CHECK_RC(phoneGetGain(h3, PHONEHOOKSWITCHDEV_HEADSET, &lv), PHONEERR_INVALHOOKSWITCHDEV);
  CHECK_RC(phoneGetVolume(h1, PHONEHOOKSWITCHDEV_SPEAKER, NULL), PHONEERR_INVALPOINTER);
  CHECK_RC(phoneSetGain(h2, PHONEHOOKSWITCHDEV_HANDSET, 1), PHONEERR_NOTOWNER);
  check_quiet(papp);

  /* Ring. */
  DWORD mode = 9, vol = 0;
  CHECK_RC(phoneSetRing(h1, 4, 0x4000), PHONEERR_INVALRINGMODE);
  CHECK_RC(phoneSetRing(h2, 1, 0x4000), PHONEERR_NOTOWNER);
  p_replied(papp, phoneSetRing(h1, 2, 0x4000));
  CHECK_PHONE_STATE(papp, h1, PHONESTATE_RINGMODE, 2);
  CHECK_PHONE_STATE(papp, h1, PHONESTATE_RINGVOLUME, 0);
  CHECK_RC(phoneGetRing(h1, &mode, &vol), 0);
  CHECK_EQ(mode, 2);
  CHECK_EQ(vol, 0x4000);
  PHONEMESSAGE pm;
  CHECK(p_wait_for(papp2, PHONE_STATE, h2, &pm)); /* the monitor asked for RINGMODE */
  CHECK_EQ(pm.dwParam1, PHONESTATE_RINGMODE);
  CHECK_EQ(pm.dwParam2, 2);
  p_replied(papp, phoneSetRing(h1, 0, 0x4000));
  CHECK_PHONE_STATE(papp, h1, PHONESTATE_RINGMODE, 0);
  CHECK(p_wait_for(papp2, PHONE_STATE, h2, &pm));
  CHECK_RC(phoneGetRing(h1, NULL, &vol), PHONEERR_INVALPOINTER);
  CHECK_RC(phoneGetRing(h1, &mode, NULL), PHONEERR_INVALPOINTER);

  /* Display. */
  CHECK_RC(phoneSetDisplay(h1, 2, 0, "x", 1), PHONEERR_INVALPARAM);
  CHECK_RC(phoneSetDisplay(h1, 0, 16, "x", 1), PHONEERR_INVALPARAM);
  CHECK_RC(phoneSetDisplay(h1, 0, 0, NULL, 5), PHONEERR_INVALPOINTER);
  CHECK_RC(phoneSetDisplay(h2, 0, 0, "x", 1), PHONEERR_NOTOWNER);
  p_replied(papp, phoneSetDisplay(h1, 1, 2, "Hello", 5));
  CHECK_PHONE_STATE(papp, h1, PHONESTATE_DISPLAY, 0);
  unsigned char vb[128];
  VARSTRING *vs = (VARSTRING *)vb;
  memset(vb, 0, sizeof vb);
  vs->dwTotalSize = sizeof vb;
  CHECK_RC(phoneGetDisplay(h1, vs), 0);
  CHECK_EQ(vs->dwStringFormat, STRINGFORMAT_ASCII);
  CHECK_EQ(vs->dwStringSize, 33);
  CHECK(memcmp(vb + vs->dwStringOffset, "                  Hello         ", 32) == 0);
  vs->dwTotalSize = 20;
  CHECK_RC(phoneGetDisplay(h1, vs), PHONEERR_STRUCTURETOOSMALL);
  /* Past the end of the display is dropped. */
  p_replied(papp, phoneSetDisplay(h1, 1, 14, "abcdef", 6));
  CHECK_PHONE_STATE(papp, h1, PHONESTATE_DISPLAY, 0);
  vs->dwTotalSize = sizeof vb;
  CHECK_RC(phoneGetDisplay(h2, vs), 0);
  CHECK(memcmp(vb + vs->dwStringOffset + 16, "  Hello       ab", 16) == 0);
  check_quiet(papp);

  /* phoneGetID and lineGetID. */
  static const WCHAR wphone[] = {'t', 'a', 'p', 'i', '/', 'p', 'h', 'o', 'n', 'e', 0};
  memset(vb, 0, sizeof vb);
  vs->dwTotalSize = sizeof vb;
  CHECK_RC(phoneGetID(h1, vs, "tapi/phone"), 0);
  CHECK_EQ(varstring_dword(vb), 0);
  CHECK_RC(phoneGetIDW(h3, vs, wphone), 0);
  CHECK_EQ(varstring_dword(vb), 1);
  CHECK_RC(phoneGetIDA(h1, vs, "tapi/line"), 0);
  CHECK_EQ(varstring_dword(vb), 0);
  CHECK_RC(phoneGetID(h3, vs, "tapi/line"), PHONEERR_INVALDEVICECLASS);
  CHECK_RC(phoneGetID(h1, vs, "comm/datamodem"), PHONEERR_INVALDEVICECLASS);
  CHECK_RC(phoneGetID(h1, vs, NULL), PHONEERR_INVALPOINTER);
  vs->dwTotalSize = 20;
  CHECK_RC(phoneGetID(h1, vs, "tapi/phone"), PHONEERR_STRUCTURETOOSMALL);
  vs->dwTotalSize = sizeof vb;
  CHECK_RC(lineGetID(line0, 0, 0, LINECALLSELECT_LINE, vs, "tapi/phone"), 0);
  CHECK_EQ(varstring_dword(vb), 0);
  CHECK_RC(lineGetIDW(line0, 0, 0, LINECALLSELECT_ADDRESS, vs, wphone), 0);
  CHECK_EQ(varstring_dword(vb), 0);
  CHECK_RC(lineGetID(line1, 0, 0, LINECALLSELECT_LINE, vs, "tapi/phone"), LINEERR_INVALDEVICECLASS);

  /* What the simulated phones lack. */
  CHECK_RC(phoneGetLamp(h1, 0, &lv), PHONEERR_INVALBUTTONLAMPID);
  CHECK_RC(phoneSetLamp(h1, 0, PHONELAMPMODE_STEADY), PHONEERR_INVALBUTTONLAMPID);
  CHECK_RC(phoneGetData(h1, 0, vb, 4), PHONEERR_INVALDATAID);
  CHECK_RC(phoneDevSpecific(h1, vb, 4), PHONEERR_OPERATIONUNAVAIL);
  CHECK_RC(phoneConfigDialog(0, NULL, NULL), PHONEERR_OPERATIONUNAVAIL);
  CHECK_RC(phoneConfigDialog(2, NULL, NULL), PHONEERR_BADDEVICEID);
  check_quiet(papp);

  /* A call offered on line 0 rings phone 0 (its owner and monitor hear it), not phone 1;
   * answered, it stops. */
  HCALL call = t_offer(lapp, 0, "5551234", "Alice", NULL);
  CHECK_PHONE_STATE(papp, h1, PHONESTATE_RINGMODE, 1);
  CHECK(p_wait_for(papp2, PHONE_STATE, h2, &pm));
  CHECK_EQ(pm.dwParam2, 1);
  CHECK_RC(phoneGetRing(h1, &mode, &vol), 0);
  CHECK_EQ(mode, 1);
  CHECK_RC(phoneGetRing(h3, &mode, &vol), 0);
  CHECK_EQ(mode, 0);
  memset(sb, 0, sizeof sb);
  st->dwTotalSize = sizeof sb;
  CHECK_RC(phoneGetStatusA(h2, st), 0);
  CHECK_EQ(st->dwRingMode, 1);
  REQUIRE(lineAnswer(call, NULL, 0) > 0);
  REQUIRE(t_wait_state(lapp, call, LINECALLSTATE_CONNECTED));
  CHECK_PHONE_STATE(papp, h1, PHONESTATE_RINGMODE, 0);
  CHECK_RC(phoneGetRing(h1, &mode, &vol), 0);
  CHECK_EQ(mode, 0);
  REQUIRE(lineDrop(call, NULL, 0) > 0);
  REQUIRE(t_wait_state(lapp, call, LINECALLSTATE_IDLE));
  CHECK_RC(lineDeallocateCall(call), 0);
  /* Offered and dropped by the caller unanswered: rings, then stops. */
  DWORD id = 0;
  call = t_offer(lapp, 0, "5551234", NULL, &id);
  CHECK_PHONE_STATE(papp, h1, PHONESTATE_RINGMODE, 1);
  CHECK_RC(tapisimRemoteHangup(id, LINEDISCONNECTMODE_NORMAL), 0);
  CHECK_PHONE_STATE(papp, h1, PHONESTATE_RINGMODE, 0);
  CHECK_RC(lineDeallocateCall(call), 0);
  /* Offered, then its only application closes the line: the call goes, the ring stops. */
  call = t_offer(lapp, 0, "5551234", NULL, NULL);
  CHECK_PHONE_STATE(papp, h1, PHONESTATE_RINGMODE, 1);
  CHECK_RC(lineClose(line0), 0);
  CHECK_PHONE_STATE(papp, h1, PHONESTATE_RINGMODE, 0);
  CHECK_RC(phoneGetRing(h1, &mode, &vol), 0);
  CHECK_EQ(mode, 0);

  /* phoneClose: the owner hears MONITORS 0; the closed handle is dead everywhere. */
  CHECK_RC(phoneClose(h2), 0);
  CHECK_PHONE_STATE(papp, h1, PHONESTATE_MONITORS, 0);
  CHECK_RC(phoneClose(h2), PHONEERR_INVALPHONEHANDLE);
  CHECK_RC(phoneGetRing(h2, &mode, &vol), PHONEERR_INVALPHONEHANDLE);
  CHECK_RC(phoneGetStatusA(h2, st), PHONEERR_INVALPHONEHANDLE);
  CHECK_RC(phoneSetStatusMessages(h2, 0, 0, 0), PHONEERR_INVALPHONEHANDLE);
  CHECK_RC(phoneGetID(h2, vs, "tapi/phone"), PHONEERR_INVALPHONEHANDLE);
  memset(sb, 0, sizeof sb);
  st->dwTotalSize = sizeof sb;
  CHECK_RC(phoneGetStatusA(h1, st), 0);
  CHECK_EQ(st->dwNumMonitors, 0);

  /* A request's reply is discarded with its phone. */
  LONG req = phoneSetRing(h3, 1, 0);
  CHECK(req > 0);
  CHECK_RC(phoneClose(h3), 0);
  CHECK_RC(phoneGetMessage(papp2, &pm, 0), PHONEERR_OPERATIONFAILED);

  /* TAPI 1.x, callback: the same messages reach the callback in this thread's loop. */
  HPHONEAPP papp1 = 0;
  DWORD n1 = 0;
  cb_thread = GetCurrentThreadId();
  CHECK_RC(phoneInitialize(&papp1, NULL, phone_cb, "api_phone_scenario_1x", &n1), 0);
  CHECK_EQ(n1, 2);
  HPHONE h4 = 0;
  CHECK_RC(phoneOpen(papp1, 1, &h4, 0x00010004, 0, 44, PHONEPRIVILEGE_OWNER), 0);
  CHECK_RC(phoneSetStatusMessages(h4, PHONESTATE_RINGMODE, 0, 0), 0);
  LONG req1 = phoneSetRing(h4, 0, 0); /* device 1 still rings with mode 1: now silent */
  CHECK(req1 > 0);
  REQUIRE_PUMP_UNTIL(cb_reply_req == (DWORD)req1 && cb_ring_mode == 0);
  CHECK_EQ(cb_instance, 44);
  CHECK_EQ(cb_off_thread, 0);
  CHECK_RC(phoneShutdown(papp1), 0);
  CHECK_RC(phoneGetRing(h4, &mode, &vol), PHONEERR_INVALPHONEHANDLE);

  /* phoneShutdown closes the application's phones. */
  CHECK_RC(phoneShutdown(papp), 0);
  CHECK_RC(phoneGetHookSwitch(h1, &devs), PHONEERR_INVALPHONEHANDLE);
  CHECK_RC(phoneSetRing(h1, 1, 0), PHONEERR_INVALPHONEHANDLE);
  CHECK_RC(phoneOpen(papp2, 0, &h2, 0x00020002, 0, 7, PHONEPRIVILEGE_OWNER), 0);
  memset(sb, 0, sizeof sb);
  st->dwTotalSize = sizeof sb;
  CHECK_RC(phoneGetStatusA(h2, st), 0);
  CHECK_EQ(st->dwNumOwners, 1); /* only this one */
  /* The device keeps its state across opens. */
  CHECK_EQ(st->dwHandsetHookSwitchMode, PHONEHOOKSWITCHMODE_MICSPEAKER);
  CHECK_RC(phoneShutdown(papp2), 0);
  CHECK_RC(phoneGetHookSwitch(h2, &devs), PHONEERR_UNINITIALIZED);
  CHECK_RC(lineShutdown(lapp), 0);
  TEST_DONE();
}
