/* windows.h for tapi32 for Linux: just enough of Win32 for TAPI-only legacy sources.
 *
 * Opt-in: build with `cc -I include/win32 -I include ...` and a source that starts with
 * `#include <windows.h>` and `#include <tapi.h>` compiles unchanged. It gives the base
 * types tapi.h uses (from tapi32_wintypes.h) and the common macros and helpers such
 * programs use alongside TAPI. It is not a general Win32 emulation. */
#ifndef TAPI32_LINUX_WINDOWS_H
#define TAPI32_LINUX_WINDOWS_H

#include "../tapi32_wintypes.h"

#include <string.h>

typedef unsigned int UINT;
typedef unsigned long long ULONGLONG;
typedef long long LONGLONG;
typedef DWORD *PDWORD;
typedef BOOL *LPBOOL;
typedef BYTE *LPBYTE;
typedef LONG *LPLONG;
typedef WORD *LPWORD;
typedef void VOID;
typedef void *PVOID;
typedef HANDLE HMODULE;

#ifdef UNICODE
typedef WCHAR TCHAR;
/* A 16-bit string literal: L"..." where wchar_t is 16 bits (-fshort-wchar), else
 * u"..." (C11 or C++11). A C99 build without -fshort-wchar has no 16-bit literals. */
#if defined(__SIZEOF_WCHAR_T__) && __SIZEOF_WCHAR_T__ == 2
#define __TEXT(s) L##s
#else
#define __TEXT(s) u##s
#endif
#else
typedef char TCHAR;
#define __TEXT(s) s
#endif
typedef TCHAR *LPTSTR;
typedef const TCHAR *LPCTSTR;

/* As in the SDK: TEXT expands a macro argument before pasting the prefix. */
#define TEXT(s) __TEXT(s)

#ifndef INFINITE
#define INFINITE 0xFFFFFFFF
#endif
#ifndef MAX_PATH
#define MAX_PATH 260
#endif
#ifndef APIENTRY
#define APIENTRY WINAPI
#endif

#define LOWORD(l) ((WORD)(((DWORD_PTR)(l)) & 0xffff))
#define HIWORD(l) ((WORD)((((DWORD_PTR)(l)) >> 16) & 0xffff))
#define MAKELONG(a, b) ((LONG)(((WORD)(((DWORD_PTR)(a)) & 0xffff)) | ((DWORD)((WORD)(((DWORD_PTR)(b)) & 0xffff))) << 16))
#define ZeroMemory(p, n) memset((p), 0, (n))
#define CopyMemory(d, s, n) memcpy((d), (s), (n))
#define FillMemory(p, n, v) memset((p), (v), (n))

#endif /* TAPI32_LINUX_WINDOWS_H */
