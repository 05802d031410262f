// Drop-in ABI (issue 3): a UNICODE TAPI program in C++ compiles unchanged with
// `c++ -std=c++11 -I include/win32 -I include`: TEXT("...") is a u"..." literal and WCHAR
// is char16_t, so the W entry points take and return the program's own strings.
#define UNICODE
#include <windows.h>
#include <tapi.h>

#include <cstdlib>
#include <cstring>

#include "common.h"

namespace {

// A small RAII owner of a LINECALLINFO buffer, as C++ TAPI code often has.
class CallInfo {
 public:
  explicit CallInfo(DWORD size) : p_(static_cast<LPLINECALLINFO>(std::calloc(1, size))) {
    if (p_) p_->dwTotalSize = size;
  }
  ~CallInfo() { std::free(p_); }
  CallInfo(const CallInfo &) = delete;
  CallInfo &operator=(const CallInfo &) = delete;
  LPLINECALLINFO get() const { return p_; }
  bool Equals(DWORD size, DWORD offset, LPCTSTR s) const {
    DWORD n = 0;
    while (s[n]) n++;
    return size == (n + 1) * sizeof(TCHAR) &&
           std::memcmp(reinterpret_cast<const BYTE *>(p_) + offset, s, size) == 0;
  }

 private:
  LPLINECALLINFO p_;
};

}  // namespace

int main() {
  HLINEAPP hLineApp = 0;
  HLINE hLine = 0;
  HCALL hCall = 0;
  DWORD dwNumDevs = 0, dwAPIVersion = 0x00030000;
  LINEINITIALIZEEXPARAMS lip;
  ZeroMemory(&lip, sizeof(lip));
  lip.dwTotalSize = sizeof(lip);
  lip.dwOptions = LINEINITIALIZEEXOPTION_USEEVENT;
  REQUIRE_RC(lineInitializeEx(&hLineApp, nullptr, nullptr, TEXT("C++ Dialer"), &dwNumDevs,
                              &dwAPIVersion, &lip),
             0);
  REQUIRE_RC(
      lineOpen(hLineApp, 0, &hLine, 0x00030000, 0, 0, LINECALLPRIVILEGE_NONE, 0, nullptr), 0);
  LONG lReq = lineMakeCall(hLine, &hCall, TEXT("+44 20 7946 0000"), 44, nullptr);
  REQUIRE(lReq > 0);
  LINEMESSAGE msg;
  while (lineGetMessage(hLineApp, &msg, 1000) == 0)
    if (msg.dwMessageID == LINE_CALLSTATE && msg.dwParam1 == LINECALLSTATE_CONNECTED) break;
  REQUIRE(hCall != 0);
  CallInfo info(2048);
  REQUIRE(info.get() != nullptr);
  CHECK_RC(lineGetCallInfo(hCall, info.get()), 0);
  CHECK_EQ(info.get()->dwCountryCode, 44);
  CHECK(info.Equals(info.get()->dwCalledIDSize, info.get()->dwCalledIDOffset,
                    TEXT("+44 20 7946 0000")));
  CHECK(info.Equals(info.get()->dwAppNameSize, info.get()->dwAppNameOffset, TEXT("C++ Dialer")));
  CHECK_RC(lineDeallocateCall(hCall), 0);
  CHECK_RC(lineShutdown(hLineApp), 0);
  TEST_DONE();
}
