/* Win32 basics: the lstr* functions (A and W, NULL handling), wsprintf/wvsprintf
 * (Windows' format language: `%lu` is 32 bits, %s/%S/%ls widths, the 1024-character
 * limit), GetModuleHandle, OutputDebugString, the Interlocked functions, and the base
 * types and values (widths as the SDK's) that windows.h and its forwarders (windef.h,
 * winbase.h, winuser.h, winerror.h) give. */
#include <windef.h>
#include <winbase.h>
#include <winuser.h>
#include <winerror.h>
#include <windows.h>

#include <stdarg.h>

#include "common.h"

static int vfmt(char *out, const char *f, ...) {
  va_list ap;
  int r;
  va_start(ap, f);
  r = wvsprintfA(out, f, ap);
  va_end(ap);
  return r;
}

static int weq(const WCHAR *a, const char *b) {
  while (*a && *b)
    if (*a++ != (WCHAR)(unsigned char)*b++) return 0;
  return *a == 0 && *b == 0;
}

int main(void) {
  char buf[2048];
  WCHAR wbuf[2048];
  static const WCHAR whello[] = {'H', 'e', 'l', 'l', 'o', 0};
  static const WCHAR wHELLO[] = {'H', 'E', 'L', 'L', 'O', 0};
  static const WCHAR wfmt[] = {'%', 's', '-', '%', 'S', '-', '%', '0', '4', 'x', 0};
  static const WCHAR wtapi[] = {'T', 'a', 'p', 'I', '3', '2', '.', 'D', 'l', 'L', 0};

  /* ---- types and values ---- */
  CHECK_EQ(sizeof(ULONG), 4);
  CHECK_EQ(sizeof(USHORT), 2);
  CHECK_EQ(sizeof(UCHAR), 1);
  CHECK_EQ(sizeof(*(PULONG)0), 4);
  CHECK_EQ(sizeof(*(LPLONG)0), 4);
  CHECK_EQ(sizeof(SIZE_T), sizeof(void *));
  CHECK_EQ(sizeof(MAXDWORD), 4);
  CHECK_EQ(sizeof(MAXLONG), 4);
  CHECK_EQ(sizeof(WAIT_TIMEOUT), 4);
  CHECK_EQ(MAXDWORD, 0xFFFFFFFFu);
  CHECK_EQ(MAXLONG, 0x7FFFFFFF);
  CHECK((DWORD)-1 == MAXDWORD);
  CHECK(INVALID_HANDLE_VALUE == (HANDLE)(LONG_PTR)-1);
  CHECK(INVALID_HANDLE_VALUE != NULL);
  CHECK(sizeof(CRITICAL_SECTION) >= 40);
  CHECK_EQ(sizeof(LPCRITICAL_SECTION), sizeof(void *));
  CHECK_EQ(ERROR_MOD_NOT_FOUND, 126);
  {
    HLOCAL l = NULL;
    HGLOBAL g = NULL;
    HMODULE m = NULL;
    LPHANDLE ph = NULL;
    LPCTSTR ct = "x";
    LPTSTR t = buf;
    CHECK(l == NULL && g == NULL && m == NULL && ph == NULL && ct != NULL && t != NULL);
  }

  /* ---- lstr*, single-byte ---- */
  CHECK(lstrcpyA(buf, "Hello") == buf);
  CHECK(strcmp(buf, "Hello") == 0);
  CHECK(lstrcatA(buf, ", world") == buf);
  CHECK(strcmp(buf, "Hello, world") == 0);
  CHECK_EQ(lstrlenA(buf), 12);
  CHECK_EQ(lstrlenA(""), 0);
  CHECK_EQ(lstrlenA(NULL), 0);
  memset(buf, 'z', 16);
  CHECK(lstrcpynA(buf, "Telephony", 5) == buf);
  CHECK(strcmp(buf, "Tele") == 0); /* 4 characters and the NUL */
  CHECK(lstrcpynA(buf, "ab", 10) == buf && strcmp(buf, "ab") == 0);
  CHECK(lstrcpynA(buf, "xyz", 1) == buf && buf[0] == 0);
  buf[0] = 'q';
  CHECK(lstrcpynA(buf, "xyz", 0) == buf && buf[0] == 'q'); /* writes nothing */
  CHECK(lstrcpyA(NULL, "x") == NULL);
  CHECK(lstrcpyA(buf, NULL) == NULL);
  CHECK(lstrcatA(NULL, "x") == NULL);
  CHECK(lstrcpynA(NULL, "x", 3) == NULL);
  CHECK(lstrcmpA("abc", "abc") == 0);
  CHECK(lstrcmpA("abc", "abd") < 0);
  CHECK(lstrcmpA("abd", "abc") > 0);
  CHECK(lstrcmpA("ab", "abc") < 0);
  CHECK(lstrcmpA("abc", "ABC") != 0);
  CHECK(lstrcmpA(NULL, NULL) == 0);
  CHECK(lstrcmpA(NULL, "a") < 0);
  CHECK(lstrcmpA("a", NULL) > 0);
  CHECK(lstrcmpiA("Line 1", "LINE 1") == 0);
  CHECK(lstrcmpiA("abc", "ABD") < 0);
  CHECK(lstrcmpiA("B", "a") > 0);

  /* ---- lstr*, UTF-16 ---- */
  CHECK(lstrcpyW(wbuf, whello) == wbuf);
  CHECK(weq(wbuf, "Hello"));
  CHECK_EQ(lstrlenW(wbuf), 5);
  CHECK_EQ(lstrlenW(NULL), 0);
  CHECK(lstrcatW(wbuf, whello) == wbuf && weq(wbuf, "HelloHello"));
  CHECK(lstrcpynW(wbuf, whello, 3) == wbuf && weq(wbuf, "He"));
  CHECK(lstrcmpW(whello, whello) == 0);
  CHECK(lstrcmpW(whello, wHELLO) > 0); /* 'e' > 'E' */
  CHECK(lstrcmpiW(whello, wHELLO) == 0);
  CHECK(lstrcmpW(NULL, whello) < 0);
  CHECK(lstrcpyW(NULL, whello) == NULL);

  /* ---- wsprintf ---- */
  DWORD dw = 4000000000u;
  CHECK_EQ(wsprintfA(buf, "%lu %ld %d %u", dw, (LONG)-5, -7, 8u), 18);
  CHECK(strcmp(buf, "4000000000 -5 -7 8") == 0 || (fprintf(stderr, "[%s]\n", buf), 0));
  wsprintfA(buf, "[%5d|%-5d|%05d|%x|%X|%#x|%08lX]", 42, 42, 42, 255, 255, 255, dw);
  CHECK(strcmp(buf, "[   42|42   |00042|ff|FF|0xff|EE6B2800]") == 0 ||
        (fprintf(stderr, "[%s]\n", buf), 0));
  wsprintfA(buf, "%s|%10s|%-4s|%.2s|%c|%%|%s", "tapi", "right", "ab", "xyz", 'Q',
            (const char *)NULL);
  CHECK(strcmp(buf, "tapi|     right|ab  |xy|Q|%|(null)") == 0 ||
        (fprintf(stderr, "[%s]\n", buf), 0));
  wsprintfA(buf, "%S/%ls/%hs/%I64u/%hd", whello, whello, "narrow", 12345678901234ULL,
            70000);
  CHECK(strcmp(buf, "Hello/Hello/narrow/12345678901234/4464") == 0 ||
        (fprintf(stderr, "[%s]\n", buf), 0));
  CHECK_EQ(vfmt(buf, "line %u of %u", 1u, 2u), 11);
  CHECK(strcmp(buf, "line 1 of 2") == 0);
  CHECK_EQ(wsprintfA(buf, "%s", ""), 0);
  CHECK(buf[0] == 0);
  { /* at most 1023 characters and a NUL */
    char big[1500];
    memset(big, 'a', sizeof big - 1);
    big[sizeof big - 1] = 0;
    CHECK_EQ(wsprintfA(buf, "%s", big), 1023);
    CHECK_EQ(strlen(buf), 1023);
  }
  CHECK_EQ(wsprintfW(wbuf, wfmt, whello, "abc", 0xbe), 14);
  CHECK(weq(wbuf, "Hello-abc-00be"));

  /* ---- GetModuleHandle ---- */
  HMODULE prog = GetModuleHandleA(NULL);
  CHECK(prog != NULL);
  CHECK(GetModuleHandleW(NULL) == prog);
  HMODULE lib = GetModuleHandleA("tapi32.dll");
  CHECK(lib != NULL && lib != prog);
  CHECK(GetModuleHandleA("TAPI32") == lib);
  CHECK(GetModuleHandleW(wtapi) == lib);
  SetLastError(0);
  CHECK(GetModuleHandleA("kernel32.dll") == NULL);
  CHECK_EQ(GetLastError(), ERROR_MOD_NOT_FOUND);
  SetLastError(0);
  CHECK(GetModuleHandleA("tapi32.dll.old") == NULL);
  CHECK_EQ(GetLastError(), ERROR_MOD_NOT_FOUND);

  /* ---- OutputDebugString (to stderr) ---- */
  OutputDebugStringA("w32_strings_and_types: OutputDebugStringA\n");
  static const WCHAR wdebug[] = {'W', '\n', 0};
  OutputDebugStringW(wdebug);
  OutputDebugStringA(NULL);
  OutputDebugStringW(NULL);

  /* ---- Interlocked ---- */
  LONG volatile v = 5;
  CHECK_EQ(InterlockedIncrement(&v), 6);
  CHECK_EQ(InterlockedDecrement(&v), 5);
  CHECK_EQ(InterlockedExchange(&v, 10), 5);
  CHECK_EQ(v, 10);
  CHECK_EQ(InterlockedExchangeAdd(&v, 3), 10);
  CHECK_EQ(v, 13);
  CHECK_EQ(InterlockedCompareExchange(&v, 99, 12), 13); /* no match: unchanged */
  CHECK_EQ(v, 13);
  CHECK_EQ(InterlockedCompareExchange(&v, 99, 13), 13);
  CHECK_EQ(v, 99);
  v = MAXLONG;
  CHECK_EQ((DWORD)InterlockedIncrement(&v), 0x80000000u); /* wraps at 32 bits */
  TEST_DONE();
}
