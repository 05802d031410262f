/* posix.h: forced into the Windows builds of c-tests/ programs (`-include`) for the one
 * POSIX function common.h uses that mingw-w64 lacks. _putenv_s sets the process
 * environment the DLL reads too. */
#ifndef TAPI32_WIN_SHIM_POSIX_H
#define TAPI32_WIN_SHIM_POSIX_H
#include <stdlib.h>
static inline int setenv(const char *name, const char *value, int overwrite) {
  if (!overwrite && getenv(name)) return 0;
  return _putenv_s(name, value) == 0 ? 0 : -1;
}
#endif
