/* bcryptprimitives.dll for Wine before 9.0, which lacks it. Rust's standard library
 * (1.78 and later) takes its random numbers (HashMap seeds) from
 * bcryptprimitives!ProcessPrng, so tapi32.dll imports that DLL; Windows 10 and later
 * have it, Wine 8 does not and refuses to load tapi32.dll ("Library
 * bcryptprimitives.dll ... not found"). This stand-in exports ProcessPrng on top of
 * bcrypt!BCryptGenRandom (which Wine 8 has). Put it beside the program only where the
 * system has none:
 *   x86_64-w64-mingw32-gcc -shared -O2 -o bcryptprimitives.dll \
 *       c-tests-win/bcryptprimitives.c -lbcrypt */
#include <windows.h>
#include <bcrypt.h>

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE pbData, SIZE_T cbData) {
  while (cbData > 0) {
    ULONG chunk = cbData > 0x40000000 ? 0x40000000 : (ULONG)cbData;
    if (BCryptGenRandom(NULL, pbData, chunk, BCRYPT_USE_SYSTEM_PREFERRED_RNG) != 0) return FALSE;
    pbData += chunk;
    cbData -= chunk;
  }
  return TRUE;
}
