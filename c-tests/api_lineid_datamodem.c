/* lineGetID(..., "comm/datamodem"): on a connected data call, a VARSTRING
 * (STRINGFORMAT_BINARY) of a HANDLE, a descriptor of a pseudo-terminal opened for the
 * program, and its NUL-terminated path; the far end echoes. Bad input: a voice call, a
 * data call not yet or no longer connected, after IDLE and after deallocation, a line or
 * address selection (a NULL handle and an empty name, as documented), a bad selection,
 * buffers too small (no descriptor leaks). */
#include <errno.h>
#include <unistd.h>

#include "common.h"

#undef lineGetID

#define CLASS "comm/datamodem"
#define CANARY 0x5A

static HCALL make_call(HLINEAPP app, HLINE line, DWORD media, DWORD *call_id) {
  LINECALLPARAMS p;
  memset(&p, 0, sizeof p);
  p.dwTotalSize = sizeof p;
  p.dwBearerMode = LINEBEARERMODE_VOICE;
  p.dwMediaMode = media;
  return t_make_call_with(app, line, "5550100", &p, call_id);
}

/* The lowest free descriptor: unchanged when nothing leaked. */
static int lowest_free_fd(void) {
  int fd = dup(0);
  if (fd >= 0) close(fd);
  return fd;
}

int main(void) {
  HLINE line = 0;
  HLINEAPP app = t_app_with_line("modem", 0, 0x00020000, LINECALLPRIVILEGE_NONE, 0, &line);
  unsigned char buf[256];
  VARSTRING *vs = (VARSTRING *)buf;
  const char *name = NULL;

  /* A voice call, connected: no data channel. */
  HCALL voice = make_call(app, line, LINEMEDIAMODE_INTERACTIVEVOICE, NULL);
  REQUIRE(t_wait_state(app, voice, LINECALLSTATE_CONNECTED));
  vs->dwTotalSize = sizeof buf;
  CHECK_RC(lineGetIDA(0, 0, voice, LINECALLSELECT_CALL, vs, CLASS), LINEERR_INVALCALLSTATE);
  CHECK(lineDrop(voice, NULL, 0) > 0);
  REQUIRE(t_wait_state(app, voice, LINECALLSTATE_IDLE));
  CHECK_RC(lineDeallocateCall(voice), 0);

  /* A data call still ringing: not yet. */
  int free_fd = lowest_free_fd();
  CHECK_RC(tapisimSetAutoAnswer(FALSE), 0);
  DWORD id = 0;
  HCALL data = make_call(app, line, LINEMEDIAMODE_DATAMODEM, &id);
  REQUIRE(t_wait_state(app, data, LINECALLSTATE_RINGBACK));
  vs->dwTotalSize = sizeof buf;
  CHECK_RC(lineGetIDA(0, 0, data, LINECALLSELECT_CALL, vs, CLASS), LINEERR_INVALCALLSTATE);
  CHECK_RC(tapisimRemoteAnswer(id), 0);
  REQUIRE(t_wait_state(app, data, LINECALLSTATE_CONNECTED));

  /* Too small for the fixed part; for the handle and name (nothing written, no
   * descriptor kept). */
  vs->dwTotalSize = sizeof(VARSTRING) - 1;
  CHECK_RC(lineGetIDA(0, 0, data, LINECALLSELECT_CALL, vs, CLASS), LINEERR_STRUCTURETOOSMALL);
  DWORD smalls[] = {sizeof(VARSTRING), sizeof(VARSTRING) + sizeof(HANDLE),
                    sizeof(VARSTRING) + sizeof(HANDLE) + 9};
  DWORD needed = 0;
  int kept = -1;
  for (size_t i = 0; i < sizeof smalls / sizeof smalls[0]; i++) {
    memset(buf, CANARY, sizeof buf);
    vs->dwTotalSize = smalls[i];
    CHECK_RC(lineGetIDA(0, 0, data, LINECALLSELECT_CALL, vs, CLASS), 0);
    CHECK(vs->dwNeededSize > sizeof(VARSTRING) + sizeof(HANDLE) + 9);
    CHECK_EQ(vs->dwUsedSize, sizeof(VARSTRING));
    CHECK_EQ(vs->dwStringSize, 0);
    CHECK_EQ(vs->dwStringFormat, STRINGFORMAT_BINARY);
    CHECK_EQ(buf[smalls[i]], CANARY);
    needed = vs->dwNeededSize;
    /* The first request opened the port (the library keeps its master side); none
     * leaves a descriptor of the program's open. */
    if (i == 0) kept = lowest_free_fd();
    CHECK_EQ(lowest_free_fd(), kept);
  }

  /* Exactly dwNeededSize: the handle and the pty's path. */
  REQUIRE(needed <= sizeof buf);
  int fd = t_modem_fd(data, buf, needed, &name);
  REQUIRE(fd > 2);
  CHECK_EQ(vs->dwUsedSize, needed);
  CHECK_EQ(vs->dwStringOffset, sizeof(VARSTRING));
  CHECK_EQ(vs->dwStringSize, needed - sizeof(VARSTRING));
  CHECK(strncmp(name, "/dev/pts/", 9) == 0);
  CHECK(isatty(fd));
  char path[64];
  snprintf(path, sizeof path, "%s", name);
  CHECK(t_echoes(fd, "ATI0\r"));

  /* Asked again (wide entry point too): another descriptor of the same port. */
  unsigned char buf2[256];
  VARSTRING *vs2 = (VARSTRING *)buf2;
  memset(buf2, 0, sizeof buf2);
  vs2->dwTotalSize = sizeof buf2;
  static const WCHAR wclass[] = {'c', 'o', 'm', 'm', '/', 'd', 'a', 't', 'a', 'm',
                                 'o', 'd', 'e', 'm', 0};
  CHECK_RC(lineGetIDW(0, 0, data, LINECALLSELECT_CALL, vs2, wclass), 0);
  HANDLE h2;
  memcpy(&h2, buf2 + vs2->dwStringOffset, sizeof h2);
  int fd2 = (int)(intptr_t)h2;
  CHECK(fd2 > 2 && fd2 != fd);
  /* The W entry point writes what the A one does: Microsoft's comm/datamodem class is a
   * HANDLE and CHAR szDeviceName[] (STRINGFORMAT_BINARY), and neither entry point
   * converts lpDeviceID ("Functions with Unicode (W) Versions": the application handles
   * strings in lpDeviceID). So the name is single-byte, not UTF-16. */
  CHECK_EQ(vs2->dwStringFormat, STRINGFORMAT_BINARY);
  CHECK_EQ(vs2->dwStringSize, sizeof(HANDLE) + strlen(path) + 1);
  CHECK_EQ(vs2->dwUsedSize, vs2->dwStringOffset + vs2->dwStringSize);
  CHECK(strcmp((const char *)buf2 + vs2->dwStringOffset + sizeof(HANDLE), path) == 0);
  CHECK(buf2[vs2->dwStringOffset + sizeof(HANDLE) + 1] == 'd');
  CHECK(t_echoes(fd2, "AT\r"));
  CHECK(close(fd2) == 0);

  /* The line or an address: no port (a NULL handle, an empty name). */
  DWORD selects[] = {LINECALLSELECT_LINE, LINECALLSELECT_ADDRESS};
  for (size_t s = 0; s < 2; s++) {
    memset(buf2, CANARY, sizeof buf2);
    vs2->dwTotalSize = sizeof buf2;
    CHECK_RC(lineGetIDA(line, 0, 0, selects[s], vs2, CLASS), 0);
    CHECK_EQ(vs2->dwStringFormat, STRINGFORMAT_BINARY);
    CHECK_EQ(vs2->dwStringSize, sizeof(HANDLE) + 1);
    memcpy(&h2, buf2 + vs2->dwStringOffset, sizeof h2);
    CHECK(h2 == NULL);
    CHECK_EQ(buf2[vs2->dwStringOffset + sizeof(HANDLE)], 0);
  }
  /* Bad selections and handles. */
  vs2->dwTotalSize = sizeof buf2;
  CHECK_RC(lineGetIDA(line, 0, data, 0, vs2, CLASS), LINEERR_INVALCALLSELECT);
  CHECK_RC(lineGetIDA(line, 0, data, LINECALLSELECT_DEVICEID, vs2, CLASS),
           LINEERR_INVALCALLSELECT);
  CHECK_RC(lineGetIDA(line, 0, data, LINECALLSELECT_CALL | LINECALLSELECT_LINE, vs2, CLASS),
           LINEERR_INVALCALLSELECT);
  CHECK_RC(lineGetIDA(line, 0, 0, LINECALLSELECT_CALL, vs2, CLASS), LINEERR_INVALCALLHANDLE);
  CHECK_RC(lineGetIDA(line, 7, 0, LINECALLSELECT_ADDRESS, vs2, CLASS), LINEERR_INVALADDRESSID);
  CHECK_RC(lineGetIDA(line, 0, data, LINECALLSELECT_CALL, NULL, CLASS), LINEERR_INVALPOINTER);

  /* Dropped, then IDLE: the far end has gone and no new channel is given. */
  CHECK(lineDrop(data, NULL, 0) > 0);
  REQUIRE(t_wait_state(app, data, LINECALLSTATE_IDLE));
  vs->dwTotalSize = sizeof buf;
  CHECK_RC(lineGetIDA(0, 0, data, LINECALLSELECT_CALL, vs, CLASS), LINEERR_INVALCALLSTATE);
  CHECK(t_hung_up(fd));
  CHECK(close(fd) == 0);
  CHECK_RC(lineDeallocateCall(data), 0);
  CHECK_RC(lineGetIDA(0, 0, data, LINECALLSELECT_CALL, vs, CLASS), LINEERR_INVALCALLHANDLE);

  /* The far end hangs up a data call: DISCONNECTED is not connected. */
  CHECK_RC(tapisimSetAutoAnswer(TRUE), 0);
  data = make_call(app, line, LINEMEDIAMODE_DATAMODEM, &id);
  REQUIRE(t_wait_state(app, data, LINECALLSTATE_CONNECTED));
  fd = t_modem_fd(data, buf, sizeof buf, NULL);
  CHECK(fd > 2);
  CHECK_RC(tapisimRemoteHangup(id, LINEDISCONNECTMODE_NORMAL), 0);
  REQUIRE(t_wait_state(app, data, LINECALLSTATE_DISCONNECTED));
  vs->dwTotalSize = sizeof buf;
  CHECK_RC(lineGetIDA(0, 0, data, LINECALLSELECT_CALL, vs, CLASS), LINEERR_INVALCALLSTATE);
  /* Deallocated without IDLE (a 2.0 owner may): the channel ends with the call. */
  CHECK_RC(lineDeallocateCall(data), 0);
  CHECK(t_hung_up(fd));
  if (fd > 2) CHECK(close(fd) == 0);
  CHECK_EQ(lowest_free_fd(), free_fd);

  CHECK_RC(lineClose(line), 0);
  CHECK_RC(lineShutdown(app), 0);
  TEST_DONE();
}
