/* tapi32_wintypes.h: the base Win32 types that tapi.h and tapisim.h use, with Windows'
 * widths, for building TAPI programs on Linux with tapi32 for Linux.
 *
 * On Windows these come from <windows.h>. Here DWORD and LONG are 32 bits, WCHAR is 16
 * bits (UTF-16) and DWORD_PTR is pointer-sized: they are NOT unsigned long / long /
 * wchar_t, which have other widths on LP64 Linux. Hand-written (not generated); the
 * opt-in include/win32/windows.h includes this file too, so either order works. */
#ifndef TAPI32_LINUX_WINTYPES_H
#define TAPI32_LINUX_WINTYPES_H

#if defined(_WIN32)
#include <windows.h>
#else

#include <stddef.h>
#include <stdint.h>

typedef uint32_t DWORD;
typedef int32_t LONG;
typedef uint16_t WORD;
typedef uint8_t BYTE;
typedef int BOOL;
typedef char CHAR;
/* WCHAR is a 16-bit UTF-16 code unit, as on Windows. Its C type is the one the
 * compiler's 16-bit string literals have, so TEXT("...") under UNICODE is a WCHAR
 * string: wchar_t under -fshort-wchar (L"..."), char16_t in C++11 (u"..."), and
 * uint16_t otherwise (u"..." in C11). All three are the same 16-bit unsigned type. */
#if defined(__SIZEOF_WCHAR_T__) && __SIZEOF_WCHAR_T__ == 2
typedef wchar_t WCHAR;
#elif defined(__cplusplus)
typedef char16_t WCHAR;
#else
typedef uint16_t WCHAR;
#endif
typedef uintptr_t DWORD_PTR;
typedef uintptr_t ULONG_PTR;
typedef intptr_t LONG_PTR;
typedef void *HANDLE;
typedef void *HINSTANCE;
typedef void *HWND;
typedef void *HICON;
typedef uintptr_t WPARAM;
typedef DWORD *LPDWORD;
typedef void *LPVOID;
typedef const void *LPCVOID;
typedef CHAR *LPSTR;
typedef const CHAR *LPCSTR;
typedef WCHAR *LPWSTR;
typedef const WCHAR *LPCWSTR;

typedef struct _GUID {
  uint32_t Data1;
  uint16_t Data2;
  uint16_t Data3;
  uint8_t Data4[8];
} GUID;

typedef struct _SYSTEMTIME {
  WORD wYear;
  WORD wMonth;
  WORD wDayOfWeek;
  WORD wDay;
  WORD wHour;
  WORD wMinute;
  WORD wSecond;
  WORD wMilliseconds;
} SYSTEMTIME, *PSYSTEMTIME, *LPSYSTEMTIME;

/* OLE's date (days since 30 December 1899) and currency (a 64-bit integer in units of
 * 1/10000, or its two halves), which TAPI 2.2's agent structures use. */
typedef double DATE;
typedef union tagCY {
#if defined(__GNUC__)
  __extension__
#endif
  struct {
    DWORD Lo;
    LONG Hi;
  };
  int64_t int64;
} CY, CURRENCY;

/* Calling conventions: on Linux every exported function uses the C convention. */
#ifndef WINAPI
#define WINAPI
#endif
#ifndef CALLBACK
#define CALLBACK
#endif
#ifndef TRUE
#define TRUE 1
#endif
#ifndef FALSE
#define FALSE 0
#endif

#endif /* _WIN32 */
#endif /* TAPI32_LINUX_WINTYPES_H */
