/* The phone functions on a system with no phone devices (no scenario defines one):
 * phone applications initialize (TAPI 1.x and 2.x, callback and event), report 0
 * devices, wait for messages (none come), and shut down; everything about a device
 * answers PHONEERR_BADDEVICEID or PHONEERR_INVALPHONEHANDLE, as Windows does, and
 * lineGetID "tapi/phone" LINEERR_INVALDEVICECLASS; phone and line application handles
 * are not interchangeable; PHONEERR_UNINITIALIZED with no phone application.
 * api_phone_scenario.c covers phones a scenario defines. */
#include "common.h"

static void phone_cb(DWORD hDevice, DWORD dwMessage, DWORD_PTR dwInstance, DWORD_PTR dwParam1,
                     DWORD_PTR dwParam2, DWORD_PTR dwParam3) {
  (void)hDevice, (void)dwMessage, (void)dwInstance, (void)dwParam1, (void)dwParam2,
      (void)dwParam3;
}

int main(void) {
  HICON icon = NULL;
  /* No phone application yet. */
  CHECK_RC(phoneShutdown(1), PHONEERR_UNINITIALIZED);
  CHECK_RC(phoneClose(1), PHONEERR_UNINITIALIZED);
  CHECK_RC(phoneGetIcon(0, NULL, &icon), PHONEERR_UNINITIALIZED);
  HLINE line;
  HLINEAPP lapp = t_app_with_line("api-phone-line", 0, 0x00020002, LINECALLPRIVILEGE_OWNER, 1,
                                  &line);
  CHECK_RC(phoneClose(1), PHONEERR_UNINITIALIZED); /* a line application is not one */

  /* TAPI 2.x, event. */
  HPHONEAPP papp = 0;
  DWORD n = 99, ver = 0x00020002;
  PHONEINITIALIZEEXPARAMS p;
  memset(&p, 0, sizeof p);
  p.dwTotalSize = sizeof p;
  p.dwOptions = PHONEINITIALIZEEXOPTION_USEEVENT;
  CHECK_RC(phoneInitializeExA(&papp, NULL, NULL, "api-phone", &n, &ver, &p), 0);
  CHECK(papp != 0);
  CHECK_EQ(n, 0);
  CHECK(p.Handles.hEvent != NULL);
  PHONEINITIALIZEEXPARAMS small = p;
  small.dwTotalSize = 8;
  HPHONEAPP other = 0;
  CHECK_RC(phoneInitializeExA(&other, NULL, NULL, "x", &n, &ver, &small),
           PHONEERR_STRUCTURETOOSMALL);
  CHECK_RC(phoneInitializeExA(NULL, NULL, NULL, "x", &n, &ver, &p), PHONEERR_INVALPOINTER);

  PHONEMESSAGE m;
  CHECK_RC(phoneGetMessage(papp, &m, 0), PHONEERR_OPERATIONFAILED);
  CHECK_RC(phoneGetMessage(papp, NULL, 0), PHONEERR_INVALPOINTER);
  DWORD v = 0;
  PHONEEXTENSIONID ext;
  CHECK_RC(phoneNegotiateAPIVersion(papp, 0, 0x00010004, 0x00020002, &v, &ext),
           PHONEERR_BADDEVICEID);
  CHECK_RC(phoneNegotiateAPIVersion(lapp, 0, 0x00010004, 0x00020002, &v, &ext),
           PHONEERR_INVALAPPHANDLE);
  HPHONE ph = 0;
  CHECK_RC(phoneOpen(papp, 0, &ph, 0x00020002, 0, 0, PHONEPRIVILEGE_OWNER), PHONEERR_BADDEVICEID);
  unsigned char caps[512];
  ((PHONECAPS *)caps)->dwTotalSize = sizeof caps;
  CHECK_RC(phoneGetDevCaps(papp, 0, 0x00020002, 0, (PHONECAPS *)caps), PHONEERR_BADDEVICEID);
  CHECK_RC(phoneClose(123), PHONEERR_INVALPHONEHANDLE);
  CHECK_RC(phoneSetHookSwitch(123, PHONEHOOKSWITCHDEV_HANDSET, PHONEHOOKSWITCHMODE_ONHOOK),
           PHONEERR_INVALPHONEHANDLE);
  CHECK_RC(phoneConfigDialog(0, NULL, NULL), PHONEERR_BADDEVICEID);
  CHECK_RC(phoneNegotiateExtVersion(papp, 0, 0x00020002, 1, 2, &v), PHONEERR_BADDEVICEID);
  unsigned char vb[64];
  memset(vb, 0, sizeof vb);
  ((VARSTRING *)vb)->dwTotalSize = sizeof vb;
  CHECK_RC(phoneGetID(123, (VARSTRING *)vb, "tapi/phone"), PHONEERR_INVALPHONEHANDLE);
  CHECK_RC(phoneGetStatus(123, (PHONESTATUS *)caps), PHONEERR_INVALPHONEHANDLE);
  DWORD ring = 0;
  CHECK_RC(phoneGetRing(123, &ring, &ring), PHONEERR_INVALPHONEHANDLE);
  CHECK_RC(phoneSetStatusMessages(123, 0, 0, 0), PHONEERR_INVALPHONEHANDLE);
  CHECK_RC(lineGetID(line, 0, 0, LINECALLSELECT_LINE, (VARSTRING *)vb, "tapi/phone"),
           LINEERR_INVALDEVICECLASS);
  CHECK_EQ(((VARSTRING *)vb)->dwUsedSize, 0); /* untouched */
  CHECK_RC(phoneGetIcon(0, NULL, &icon), PHONEERR_BADDEVICEID);

  /* Phone and line application handles do not mix. */
  CHECK_RC(lineShutdown(papp), LINEERR_INVALAPPHANDLE);
  CHECK_RC(lineOpen(papp, 0, &line, 0x00020002, 0, 0, LINECALLPRIVILEGE_NONE, 0, NULL),
           LINEERR_INVALAPPHANDLE);
  CHECK_RC(phoneShutdown(lapp), PHONEERR_INVALAPPHANDLE);

  /* TAPI 1.x, callback. */
  HPHONEAPP papp1 = 0;
  n = 99;
  CHECK_RC(phoneInitialize(&papp1, NULL, NULL, "api-phone-1", &n), PHONEERR_INVALPOINTER);
  CHECK_RC(phoneInitialize(&papp1, NULL, phone_cb, "api-phone-1", &n), 0);
  CHECK(papp1 != 0 && papp1 != papp);
  CHECK_EQ(n, 0);

  CHECK_RC(phoneShutdown(papp), 0);
  CHECK_RC(phoneShutdown(papp), PHONEERR_INVALAPPHANDLE);
  CHECK_RC(phoneGetMessage(papp, &m, 0), PHONEERR_INVALAPPHANDLE);
  CHECK_RC(phoneShutdown(papp1), 0);
  CHECK_RC(phoneShutdown(papp1), PHONEERR_UNINITIALIZED);
  CHECK_RC(lineShutdown(lapp), 0);
  TEST_DONE();
}
