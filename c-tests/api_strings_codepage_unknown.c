/* An unknown TAPI32_CODEPAGE is a configuration error, as a bad scenario is: nothing
 * runs, lineInitializeEx fails with LINEERR_NODRIVER and writes no handle, and it stays
 * so (the value is read once). */
#include "common.h"

int main(void) {
  setenv("TAPI32_CODEPAGE", "klingon", 1);
  for (int i = 0; i < 2; i++) {
    HLINEAPP app = 0xABCD;
    DWORD num = 77, ver = 0x00020002;
    LINEINITIALIZEEXPARAMS p = t_init_params(LINEINITIALIZEEXOPTION_USEEVENT);
    CHECK_RC(lineInitializeExA(&app, NULL, NULL, "cp-unknown", &num, &ver, &p),
             LINEERR_NODRIVER);
    CHECK_EQ(app, 0xABCD);
    setenv("TAPI32_CODEPAGE", "1252", 1); /* too late: read at the first call */
  }
  TEST_DONE();
}
