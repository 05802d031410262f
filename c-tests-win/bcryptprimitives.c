/* bcryptprimitives.dll for Wine 8 (Debian 12's), which has none: Rust's standard library
 * (1.78 and later) takes its random numbers from bcryptprimitives.dll's ProcessPrng, so
 * without it Wine cannot load tapi32.dll (status c0000135). Put beside the program and
 * tapi32.dll; Wine 9 and Windows 10 and later have their own. Build:
 *   x86_64-w64-mingw32-gcc -shared -O2 -o bcryptprimitives.dll bcryptprimitives.c -ladvapi32 */
#include <windows.h>
#include <ntsecapi.h>

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE pbData, SIZE_T cbData) {
  while (cbData > 0) {
    ULONG n = cbData > 0x10000000 ? 0x10000000 : (ULONG)cbData;
    if (!RtlGenRandom(pbData, n)) return FALSE;
    pbData += n;
    cbData -= n;
  }
  return TRUE;
}
