/* windows.h for tapi32 for Linux: the part of Win32 that TAPI sources use beside TAPI.
 *
 * Opt-in: build with `cc -I include/win32 -I include ...` and a source that starts with
 * `#include <windows.h>` and `#include <tapi.h>` compiles unchanged. It gives the base
 * types tapi.h uses (from tapi32_wintypes.h), the common macros and helpers such
 * programs use alongside TAPI, and the message loop (GetMessage, DispatchMessage,
 * PeekMessage, PostThreadMessage, timers, MsgWaitForMultipleObjects,
 * WaitForSingleObject ...) in which a TAPI application's callback runs, as on Windows.
 * libtapi32.so implements those under `tapi32_` names (tapi32_win32.h maps the SDK's
 * names onto them), so they collide with no other library. It is not a general Win32
 * emulation: there are no windows but TAPI's hidden ones. */
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

#define ERROR_SUCCESS 0
#define ERROR_INVALID_HANDLE 6
#define ERROR_INVALID_PARAMETER 87
#define ERROR_INVALID_WINDOW_HANDLE 1400
#define ERROR_INVALID_THREAD_ID 1444

#include "tapi32_win32.h"

#endif /* TAPI32_LINUX_WINDOWS_H */
