/* windows.h for tapi32 for Linux: the part of Win32 that TAPI sources use beside TAPI.
 *
 * Opt-in: build with `cc -I include/win32 -I include ...` and a source that starts with
 * `#include <windows.h>` and `#include <tapi.h>` compiles unchanged. It gives the base
 * types tapi.h uses (from tapi32_wintypes.h), the common macros and helpers such
 * programs use alongside TAPI, and the message loop (GetMessage, DispatchMessage,
 * PeekMessage, PostThreadMessage, timers, MsgWaitForMultipleObjects,
 * WaitForSingleObject ...) in which a TAPI application's callback runs, as on Windows,
 * and the Win32 basics such sources use beside TAPI: LocalAlloc/GlobalAlloc memory,
 * GetModuleHandle, lstr*, OutputDebugString, critical sections, events (CreateEvent,
 * SetEvent, ResetEvent, CloseHandle), and, inline here, wsprintf and the Interlocked
 * functions. libtapi32.so implements the functions under `tapi32_` names (tapi32_win32.h
 * maps the SDK's names onto them), so they collide with no other library. windef.h,
 * winbase.h, winuser.h, winerror.h and Windows.h include this file. It is not a general
 * Win32 emulation: there are no windows but TAPI's hidden ones. */
#ifndef TAPI32_LINUX_WINDOWS_H
#define TAPI32_LINUX_WINDOWS_H

#include "../tapi32_wintypes.h"

#include <stdarg.h>
#include <stdio.h>
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

/* The message loop. */
typedef uintptr_t UINT_PTR;
typedef LONG_PTR LPARAM;
typedef LONG_PTR LRESULT;
typedef HANDLE *LPHANDLE;

typedef struct tagPOINT {
  LONG x;
  LONG y;
} POINT, *PPOINT, *LPPOINT;

/* As the SDK lays it out (not packed): 48 bytes on 64-bit. */
typedef struct tagMSG {
  HWND hwnd;
  UINT message;
  WPARAM wParam;
  LPARAM lParam;
  DWORD time;
  POINT pt;
} MSG, *PMSG, *LPMSG;

typedef void (CALLBACK *TIMERPROC)(HWND, UINT, UINT_PTR, DWORD);

#define WM_NULL 0x0000
#define WM_QUIT 0x0012
#define WM_TIMER 0x0113
#define WM_USER 0x0400
#define WM_APP 0x8000

#define PM_NOREMOVE 0x0000
#define PM_REMOVE 0x0001
#define PM_NOYIELD 0x0002

#define QS_KEY 0x0001
#define QS_MOUSEMOVE 0x0002
#define QS_MOUSEBUTTON 0x0004
#define QS_POSTMESSAGE 0x0008
#define QS_TIMER 0x0010
#define QS_PAINT 0x0020
#define QS_SENDMESSAGE 0x0040
#define QS_HOTKEY 0x0080
#define QS_ALLPOSTMESSAGE 0x0100
#define QS_RAWINPUT 0x0400
#define QS_TOUCH 0x0800
#define QS_POINTER 0x1000
#define QS_MOUSE (QS_MOUSEMOVE | QS_MOUSEBUTTON)
#define QS_INPUT (QS_MOUSE | QS_KEY | QS_RAWINPUT | QS_TOUCH | QS_POINTER)
#define QS_ALLEVENTS (QS_INPUT | QS_POSTMESSAGE | QS_TIMER | QS_PAINT | QS_HOTKEY)
#define QS_ALLINPUT (QS_INPUT | QS_POSTMESSAGE | QS_TIMER | QS_PAINT | QS_HOTKEY | QS_SENDMESSAGE)

#define MWMO_WAITALL 0x0001
#define MWMO_ALERTABLE 0x0002
#define MWMO_INPUTAVAILABLE 0x0004

/* The SDK's `L` literals are 32 bits on Windows; without it they keep that width on
 * LP64. */
#define WAIT_OBJECT_0 ((DWORD)0x00000000)
#define WAIT_ABANDONED_0 ((DWORD)0x00000080)
#define WAIT_TIMEOUT 258
#define WAIT_FAILED ((DWORD)0xFFFFFFFF)
#define MAXIMUM_WAIT_OBJECTS 64

/* winerror.h: the codes the functions here set (GetLastError). */
#define ERROR_SUCCESS 0
#define NO_ERROR 0
#define ERROR_INVALID_HANDLE 6
#define ERROR_NOT_ENOUGH_MEMORY 8
#define ERROR_OUTOFMEMORY 14
#define ERROR_INVALID_PARAMETER 87
#define ERROR_MOD_NOT_FOUND 126
#define ERROR_NOT_LOCKED 158
#define ERROR_ALREADY_EXISTS 183
#define ERROR_INVALID_WINDOW_HANDLE 1400
#define ERROR_INVALID_THREAD_ID 1444

/* ---- The Win32 basics TAPI sources use beside TAPI ---- */

typedef uint32_t ULONG;
typedef uint16_t USHORT;
typedef uint8_t UCHAR;
typedef ULONG *PULONG;
typedef USHORT *PUSHORT;
typedef UCHAR *PUCHAR;
typedef LONG *PLONG;
typedef ULONG_PTR SIZE_T;
typedef SIZE_T *PSIZE_T;
typedef HANDLE *PHANDLE;
typedef HANDLE HLOCAL;
typedef HANDLE HGLOBAL;

#define MAXBYTE 0xff
#define MAXWORD 0xffff
#define MAXDWORD 0xffffffff
#define MAXLONG 0x7fffffff
#define MINLONG (-MAXLONG - 1)

#define INVALID_HANDLE_VALUE ((HANDLE)(LONG_PTR)-1)

typedef struct _SECURITY_ATTRIBUTES {
  DWORD nLength;
  LPVOID lpSecurityDescriptor;
  BOOL bInheritHandle;
} SECURITY_ATTRIBUTES, *PSECURITY_ATTRIBUTES, *LPSECURITY_ATTRIBUTES;

/* LocalAlloc and GlobalAlloc (one heap). Moveable memory is fixed memory here: its handle
 * is its address, which LocalLock/GlobalLock return; lock counts are kept. */
#define LMEM_FIXED 0x0000
#define LMEM_MOVEABLE 0x0002
#define LMEM_NOCOMPACT 0x0010
#define LMEM_NODISCARD 0x0020
#define LMEM_ZEROINIT 0x0040
#define LMEM_MODIFY 0x0080
#define LMEM_DISCARDABLE 0x0F00
#define LMEM_INVALID_HANDLE 0x8000
#define LHND (LMEM_MOVEABLE | LMEM_ZEROINIT)
#define LPTR (LMEM_FIXED | LMEM_ZEROINIT)
#define NONZEROLHND (LMEM_MOVEABLE)
#define NONZEROLPTR (LMEM_FIXED)
#define GMEM_FIXED 0x0000
#define GMEM_MOVEABLE 0x0002
#define GMEM_NOCOMPACT 0x0010
#define GMEM_NODISCARD 0x0020
#define GMEM_ZEROINIT 0x0040
#define GMEM_MODIFY 0x0080
#define GMEM_DISCARDABLE 0x0100
#define GMEM_SHARE 0x2000
#define GMEM_DDESHARE 0x2000
#define GMEM_INVALID_HANDLE 0x8000
#define GHND (GMEM_MOVEABLE | GMEM_ZEROINIT)
#define GPTR (GMEM_FIXED | GMEM_ZEROINIT)

/* CRITICAL_SECTION: opaque here. The library keeps a recursive pthread mutex in it, so it
 * is as large as the SDK's (40 bytes on 64-bit Windows) or larger where the C library's
 * mutex needs it: 40 bytes on x86-64, 48 on AArch64 (and elsewhere); 8-byte aligned.
 * Initialize it with InitializeCriticalSection before use, as on Windows. */
#if defined(__x86_64__)
#define TAPI32_CRITICAL_SECTION_SIZE 40
#else
#define TAPI32_CRITICAL_SECTION_SIZE 48
#endif
typedef struct _RTL_CRITICAL_SECTION {
  union {
    ULONG_PTR Align;
    LONGLONG Align64;
    BYTE Opaque[TAPI32_CRITICAL_SECTION_SIZE];
  } Private;
} RTL_CRITICAL_SECTION, *PRTL_CRITICAL_SECTION, CRITICAL_SECTION, *PCRITICAL_SECTION,
    *LPCRITICAL_SECTION;

#include "tapi32_win32.h"

/* The Interlocked functions: inline, sequentially consistent atomics on a 32-bit LONG.
 * Increment/Decrement return the new value, the others the old one. */
static inline LONG InterlockedIncrement(LONG volatile *Addend) {
  return __atomic_add_fetch(Addend, 1, __ATOMIC_SEQ_CST);
}
static inline LONG InterlockedDecrement(LONG volatile *Addend) {
  return __atomic_sub_fetch(Addend, 1, __ATOMIC_SEQ_CST);
}
static inline LONG InterlockedExchange(LONG volatile *Target, LONG Value) {
  return __atomic_exchange_n(Target, Value, __ATOMIC_SEQ_CST);
}
static inline LONG InterlockedExchangeAdd(LONG volatile *Addend, LONG Value) {
  return __atomic_fetch_add(Addend, Value, __ATOMIC_SEQ_CST);
}
static inline LONG InterlockedCompareExchange(LONG volatile *Destination, LONG Exchange,
                                              LONG Comparand) {
  __atomic_compare_exchange_n(Destination, &Comparand, Exchange, 0, __ATOMIC_SEQ_CST,
                              __ATOMIC_SEQ_CST);
  return Comparand;
}
static inline PVOID InterlockedExchangePointer(PVOID volatile *Target, PVOID Value) {
  return __atomic_exchange_n(Target, Value, __ATOMIC_SEQ_CST);
}
static inline PVOID InterlockedCompareExchangePointer(PVOID volatile *Destination,
                                                      PVOID Exchange, PVOID Comparand) {
  __atomic_compare_exchange_n(Destination, &Comparand, Exchange, 0, __ATOMIC_SEQ_CST,
                              __ATOMIC_SEQ_CST);
  return Comparand;
}

/* wsprintf and wvsprintf: inline (C cannot take a variadic call into Rust), with
 * Windows' format language, not printf's: `%[-][#][0][width][.precision][l|h|I64]type`
 * with d, i, u, x, X (int; `l` is 32 bits as on Windows, `I64` 64), c and s (the
 * function's own character width), C and S (the other width; also `%lc`/`%ls`: wide,
 * `%hc`/`%hs`: narrow), `%%`. NULL strings print "(null)". At most 1023 characters and
 * a NUL are written (Windows' 1024-character buffer limit); the count without the NUL
 * is returned. A wide string in a narrow result keeps ASCII and writes '?' for the rest;
 * a narrow string in a wide result widens each byte. */
#define TAPI32_WSPRINTF_MAX 1024

static inline int tapi32__wvsprintf(void *out, int wide, const void *fmt, va_list ap) {
  size_t i = 0, n = 0, k;
  const size_t cap = TAPI32_WSPRINTF_MAX - 1;
#define TAPI32__FMT(x)                                                                   \
  (wide ? (unsigned)((const WCHAR *)fmt)[x] : (unsigned)((const unsigned char *)fmt)[x])
#define TAPI32__PUT(ch)                                                                  \
  do {                                                                                   \
    if (n < cap) {                                                                       \
      if (wide)                                                                          \
        ((WCHAR *)out)[n] = (WCHAR)(ch);                                                 \
      else                                                                               \
        ((char *)out)[n] = (char)(ch);                                                   \
      n++;                                                                               \
    }                                                                                    \
  } while (0)
  for (;;) {
    unsigned c = TAPI32__FMT(i);
    int left = 0, alt = 0, zero = 0, width = 0, prec = -1, lmod = 0, hmod = 0, i64 = 0;
    if (c == 0) break;
    i++;
    if (c != '%') {
      TAPI32__PUT(c);
      continue;
    }
    c = TAPI32__FMT(i);
    for (; c == '-' || c == '#' || c == '0'; c = TAPI32__FMT(++i)) {
      if (c == '-') left = 1;
      if (c == '#') alt = 1;
      if (c == '0') zero = 1;
    }
    for (; c >= '0' && c <= '9'; c = TAPI32__FMT(++i))
      if (width < TAPI32_WSPRINTF_MAX) width = width * 10 + (int)(c - '0');
    if (c == '.') {
      prec = 0;
      for (c = TAPI32__FMT(++i); c >= '0' && c <= '9'; c = TAPI32__FMT(++i))
        if (prec < TAPI32_WSPRINTF_MAX) prec = prec * 10 + (int)(c - '0');
    }
    if (c == 'l' || c == 'L') {
      lmod = 1;
      c = TAPI32__FMT(++i);
    } else if (c == 'h' || c == 'H') {
      hmod = 1;
      c = TAPI32__FMT(++i);
    } else if (c == 'I' && TAPI32__FMT(i + 1) == '6' && TAPI32__FMT(i + 2) == '4') {
      i64 = 1;
      i += 3;
      c = TAPI32__FMT(i);
    }
    if (c == 0) break;
    i++;
    if (c == 'd' || c == 'i' || c == 'u' || c == 'x' || c == 'X') {
      char spec[16], num[TAPI32_WSPRINTF_MAX + 32];
      int len = 0;
      k = 0;
      spec[k++] = '%';
      if (left) spec[k++] = '-';
      if (alt) spec[k++] = '#';
      if (zero) spec[k++] = '0';
      spec[k++] = '*';
      spec[k++] = '.';
      spec[k++] = '*';
      if (i64) {
        spec[k++] = 'l';
        spec[k++] = 'l';
      }
      spec[k++] = (char)c;
      spec[k] = 0;
      if (i64 && (c == 'd' || c == 'i'))
        len = snprintf(num, sizeof num, spec, width, prec, va_arg(ap, long long));
      else if (i64)
        len = snprintf(num, sizeof num, spec, width, prec, va_arg(ap, unsigned long long));
      else if (c == 'd' || c == 'i')
        len = snprintf(num, sizeof num, spec, width, prec,
                       hmod ? (int)(short)va_arg(ap, int) : va_arg(ap, int));
      else
        len = snprintf(num, sizeof num, spec, width, prec,
                       hmod ? (unsigned)(unsigned short)va_arg(ap, unsigned)
                            : va_arg(ap, unsigned));
      for (k = 0; len > 0 && k < (size_t)len && k < sizeof num - 1; k++)
        TAPI32__PUT((unsigned char)num[k]);
    } else if (c == 'c' || c == 'C' || c == 's' || c == 'S') {
      /* Wide: %ls, %lc, or the other letter case than the function's own width. */
      int lower = c == 'c' || c == 's';
      int wide_arg = lmod ? 1 : hmod ? 0 : (lower ? wide : !wide);
      unsigned one = 0;
      const void *str = NULL;
      size_t len = 0;
      if (c == 'c' || c == 'C') {
        one = wide_arg ? (unsigned)(WCHAR)va_arg(ap, int) : (unsigned)(unsigned char)va_arg(ap, int);
        len = 1;
      } else {
        str = va_arg(ap, const void *);
        if (str == NULL) {
          str = "(null)";
          wide_arg = 0;
        }
        if (wide_arg)
          while (((const WCHAR *)str)[len] && (prec < 0 || len < (size_t)prec)) len++;
        else
          while (((const char *)str)[len] && (prec < 0 || len < (size_t)prec)) len++;
      }
      if (!left)
        for (k = len; k < (size_t)width; k++) TAPI32__PUT(zero ? '0' : ' ');
      for (k = 0; k < len; k++) {
        unsigned u = str == NULL                ? one
                     : wide_arg                 ? (unsigned)((const WCHAR *)str)[k]
                                                : (unsigned)((const unsigned char *)str)[k];
        TAPI32__PUT(wide_arg && !wide && u > 0x7F ? '?' : u);
      }
      if (left)
        for (k = len; k < (size_t)width; k++) TAPI32__PUT(' ');
    } else {
      TAPI32__PUT(c);
    }
  }
  if (wide)
    ((WCHAR *)out)[n] = 0;
  else
    ((char *)out)[n] = 0;
  return (int)n;
#undef TAPI32__FMT
#undef TAPI32__PUT
}

static inline int wvsprintfA(LPSTR lpOutput, LPCSTR lpFmt, va_list arglist) {
  if (lpOutput == NULL || lpFmt == NULL) return -1;
  return tapi32__wvsprintf(lpOutput, 0, lpFmt, arglist);
}
static inline int wvsprintfW(LPWSTR lpOutput, LPCWSTR lpFmt, va_list arglist) {
  if (lpOutput == NULL || lpFmt == NULL) return -1;
  return tapi32__wvsprintf(lpOutput, 1, lpFmt, arglist);
}
static inline int wsprintfA(LPSTR lpOut, LPCSTR lpFmt, ...) {
  va_list ap;
  int r;
  va_start(ap, lpFmt);
  r = wvsprintfA(lpOut, lpFmt, ap);
  va_end(ap);
  return r;
}
static inline int wsprintfW(LPWSTR lpOut, LPCWSTR lpFmt, ...) {
  va_list ap;
  int r;
  va_start(ap, lpFmt);
  r = wvsprintfW(lpOut, lpFmt, ap);
  va_end(ap);
  return r;
}
#ifdef UNICODE
#define wsprintf wsprintfW
#define wvsprintf wvsprintfW
#else
#define wsprintf wsprintfA
#define wvsprintf wvsprintfA
#endif

#endif /* TAPI32_LINUX_WINDOWS_H */
