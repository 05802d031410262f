/* Windows.h for tapi32 for Linux: everything is in windows.h. */
#include "windows.h"
