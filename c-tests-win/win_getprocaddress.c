/* A monitoring-tool style program: no import of tapi32 at all; it loads the library by
 * name at run time and calls the functions it finds by GetProcAddress (dlopen and dlsym
 * in the Linux build). */
#include "winprog.h"
#ifndef _WIN32
#include <dlfcn.h>
#define LoadLibraryA(name) dlopen("libtapi32.so", RTLD_NOW)
#define GetProcAddress dlsym
#define FreeLibrary dlclose
typedef void *HMODULE;
#endif

typedef LONG(WINAPI *InitializeExFn)(LPHLINEAPP, HINSTANCE, LINECALLBACK, LPCSTR, LPDWORD,
                                     LPDWORD, LPLINEINITIALIZEEXPARAMS);
typedef LONG(WINAPI *GetDevCapsFn)(HLINEAPP, DWORD, DWORD, DWORD, LPLINEDEVCAPS);
typedef LONG(WINAPI *ShutdownFn)(HLINEAPP);

int main(void) {
  HMODULE lib = LoadLibraryA("tapi32.dll");
  InitializeExFn init;
  GetDevCapsFn devCaps;
  ShutdownFn shutdown;
  HLINEAPP hApp = 0;
  DWORD dwDevs = 0, dwVersion = 0x00020000;
  LINEINITIALIZEEXPARAMS lip;
  LINEDEVCAPS *caps;

  printf("loaded: %s\n", lib ? "yes" : "no");
  if (!lib) return 1;
  init = (InitializeExFn)(void (*)(void))GetProcAddress(lib, "lineInitializeExA");
  devCaps = (GetDevCapsFn)(void (*)(void))GetProcAddress(lib, "lineGetDevCapsA");
  shutdown = (ShutdownFn)(void (*)(void))GetProcAddress(lib, "lineShutdown");
  printf("found lineInitializeExA, lineGetDevCapsA, lineShutdown: %s\n",
         init && devCaps && shutdown ? "yes" : "no");
  printf("found tapisimOfferCall: %s\n", GetProcAddress(lib, "tapisimOfferCall") ? "yes" : "no");
  printf("found lineNoSuchFunction: %s\n",
         GetProcAddress(lib, "lineNoSuchFunction") ? "yes" : "no");
  if (!init || !devCaps || !shutdown) return 1;
  ZeroMemory(&lip, sizeof(lip));
  lip.dwTotalSize = sizeof(lip);
  lip.dwOptions = LINEINITIALIZEEXOPTION_USEEVENT;
  EXPECT_OK(init(&hApp, NULL, NULL, "Monitor", &dwDevs, &dwVersion, &lip));
  printf("devices: %lu\n", (unsigned long)dwDevs);
  caps = (LINEDEVCAPS *)calloc(1, 4096);
  caps->dwTotalSize = 4096;
  EXPECT_OK(devCaps(hApp, 0, dwVersion, 0, caps));
  printf("line 0: %.*s\n", (int)caps->dwLineNameSize,
         caps->dwLineNameSize ? (const char *)caps + caps->dwLineNameOffset : "");
  free(caps);
  EXPECT_OK(shutdown(hApp));
  FreeLibrary(lib);
  return Done();
}
