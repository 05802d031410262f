/* The answers of the functions the simulated provider does not offer: each checks its
 * handle (a dead one gives LINEERR_INVAL*HANDLE) and then answers
 * LINEERR_OPERATIONUNAVAIL, as Windows does where a provider lacks a feature; assisted
 * telephony (tapi*) answers as a system with no request recipient or location (the
 * phone functions: api_phone.c). No export answers success while doing nothing.
 * Every plain, A and W entry point is called (generated from the SDK's prototypes), with
 * usable pointers where the function writes. Before that answer, as Windows' tapi32
 * does, pointers come first (LINEERR_INVALPOINTER: NULL or an output structure whose
 * dwTotalSize bytes are not there), then the handle, then LINEERR_STRUCTURETOOSMALL for
 * an output structure below its fixed size; nothing is written (a sample of functions). */
#include "common.h"

/* Where the functions may write: a DWORD/handle, and a structure of 4096 bytes. */
static uint64_t t_out;
static union {
  DWORD total;
  unsigned char bytes[4096];
} t_big_buf = {4096};
static unsigned char *const t_big = t_big_buf.bytes;

/* Pointers, handle and size in Windows' order, for a function filling an output
 * structure of `fixed` bytes: `call_ok(p)`/`call_dead(p)` call it on a live/dead handle
 * with structure `p`; a dead handle gives `dead_err`. */
#define CHECK_ORDER(call_ok, call_dead, dead_err, fixed)                             \
  do {                                                                              \
    unsigned char b_[512];                                                          \
    DWORD *total_ = (DWORD *)b_;                                                    \
    CHECK_RC(call_ok(NULL), LINEERR_INVALPOINTER);                                  \
    CHECK_RC(call_dead(NULL), LINEERR_INVALPOINTER);                                \
    CHECK_RC(call_ok((void *)(uintptr_t)1), LINEERR_INVALPOINTER);                  \
    CHECK_RC(call_ok((void *)(((uintptr_t)-1) - 2)), LINEERR_INVALPOINTER);          \
    memset(b_, 0x5A, sizeof b_);                                                    \
    *total_ = 3;                                                                    \
    CHECK_RC(call_dead((void *)b_), dead_err);                                      \
    CHECK_RC(call_ok((void *)b_), LINEERR_STRUCTURETOOSMALL);                       \
    *total_ = (fixed) - 1;                                                          \
    CHECK_RC(call_ok((void *)b_), LINEERR_STRUCTURETOOSMALL);                       \
    *total_ = (fixed);                                                              \
    CHECK_RC(call_ok((void *)b_), LINEERR_OPERATIONUNAVAIL);                        \
    CHECK(t_untouched(b_, 4, sizeof b_, 0x5A));                                     \
  } while (0)

int main(void) {
  HLINE line, dead_line;
  HLINEAPP app = t_app_with_line("api-unavail", 0, 0x00020002, LINECALLPRIVILEGE_OWNER, 1, &line);
  HCALL call = t_make_call(app, line, "5550100");
  HCALL dead_call = t_make_call(app, line, "5550101");
  CHECK_RC(lineDeallocateCall(dead_call), 0);
  HLINEAPP dead_app = t_app_with_line("api-unavail-2", 1, 0x00020002, LINECALLPRIVILEGE_OWNER, 2,
                                      &dead_line);
  CHECK_RC(lineShutdown(dead_app), 0);
  t_drain(app);

  CHECK_RC(lineAccept(call, NULL, 0), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineAccept(dead_call, NULL, 0), LINEERR_INVALCALLHANDLE);
  CHECK_RC(lineAddProvider(NULL, NULL, (void *)&t_out), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineAddProviderA(NULL, NULL, (void *)&t_out), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineAddProviderW(NULL, NULL, (void *)&t_out), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineAddToConference(call, call), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineAddToConference(dead_call, dead_call), LINEERR_INVALCALLHANDLE);
  CHECK_RC(lineAgentSpecific(line, 0, 0, NULL, 0), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineAgentSpecific(dead_line, 0, 0, NULL, 0), LINEERR_INVALLINEHANDLE);
  CHECK_RC(lineCompleteCall(call, (void *)&t_out, 0, 0), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineCompleteCall(dead_call, (void *)&t_out, 0, 0), LINEERR_INVALCALLHANDLE);
  CHECK_RC(lineCompleteTransfer(call, call, NULL, 0), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineCompleteTransfer(dead_call, dead_call, NULL, 0), LINEERR_INVALCALLHANDLE);
  CHECK_RC(lineConfigDialog(0, NULL, NULL), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineConfigDialogA(0, NULL, NULL), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineConfigDialogW(0, NULL, NULL), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineConfigDialogEdit(0, NULL, NULL, NULL, 0, (void *)t_big), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineConfigDialogEditA(0, NULL, NULL, NULL, 0, (void *)t_big), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineConfigDialogEditW(0, NULL, NULL, NULL, 0, (void *)t_big), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineConfigProvider(NULL, 0), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineCreateAgentA(line, NULL, NULL, (void *)&t_out), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineCreateAgentA(dead_line, NULL, NULL, (void *)&t_out), LINEERR_INVALLINEHANDLE);
  CHECK_RC(lineCreateAgentW(line, NULL, NULL, (void *)&t_out), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineCreateAgentW(dead_line, NULL, NULL, (void *)&t_out), LINEERR_INVALLINEHANDLE);
  CHECK_RC(lineCreateAgentSessionA(line, 0, NULL, 0, NULL, (void *)&t_out), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineCreateAgentSessionA(dead_line, 0, NULL, 0, NULL, (void *)&t_out), LINEERR_INVALLINEHANDLE);
  CHECK_RC(lineCreateAgentSessionW(line, 0, NULL, 0, NULL, (void *)&t_out), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineCreateAgentSessionW(dead_line, 0, NULL, 0, NULL, (void *)&t_out), LINEERR_INVALLINEHANDLE);
  CHECK_RC(lineDevSpecific(line, 0, call, NULL, 0), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineDevSpecific(dead_line, 0, dead_call, NULL, 0), LINEERR_INVALLINEHANDLE);
  CHECK_RC(lineDevSpecificFeature(line, 0, NULL, 0), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineDevSpecificFeature(dead_line, 0, NULL, 0), LINEERR_INVALLINEHANDLE);
  CHECK_RC(lineForward(line, 0, 0, NULL, 0, (void *)&t_out, NULL), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineForward(dead_line, 0, 0, NULL, 0, (void *)&t_out, NULL), LINEERR_INVALLINEHANDLE);
  CHECK_RC(lineForwardA(line, 0, 0, NULL, 0, (void *)&t_out, NULL), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineForwardA(dead_line, 0, 0, NULL, 0, (void *)&t_out, NULL), LINEERR_INVALLINEHANDLE);
  CHECK_RC(lineForwardW(line, 0, 0, NULL, 0, (void *)&t_out, NULL), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineForwardW(dead_line, 0, 0, NULL, 0, (void *)&t_out, NULL), LINEERR_INVALLINEHANDLE);
  CHECK_RC(lineGatherDigits(call, 0, NULL, 0, NULL, 0, 0), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineGatherDigits(dead_call, 0, NULL, 0, NULL, 0, 0), LINEERR_INVALCALLHANDLE);
  CHECK_RC(lineGatherDigitsA(call, 0, NULL, 0, NULL, 0, 0), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineGatherDigitsA(dead_call, 0, NULL, 0, NULL, 0, 0), LINEERR_INVALCALLHANDLE);
  CHECK_RC(lineGatherDigitsW(call, 0, NULL, 0, NULL, 0, 0), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineGatherDigitsW(dead_call, 0, NULL, 0, NULL, 0, 0), LINEERR_INVALCALLHANDLE);
  CHECK_RC(lineGenerateTone(call, 0, 0, 0, NULL), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineGenerateTone(dead_call, 0, 0, 0, NULL), LINEERR_INVALCALLHANDLE);
  CHECK_RC(lineGetAgentActivityListA(line, 0, (void *)t_big), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineGetAgentActivityListA(dead_line, 0, (void *)t_big), LINEERR_INVALLINEHANDLE);
  CHECK_RC(lineGetAgentActivityListW(line, 0, (void *)t_big), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineGetAgentActivityListW(dead_line, 0, (void *)t_big), LINEERR_INVALLINEHANDLE);
  CHECK_RC(lineGetAgentCapsA(app, 0, 0, 0, (void *)t_big), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineGetAgentCapsA(dead_app, 0, 0, 0, (void *)t_big), LINEERR_INVALAPPHANDLE);
  CHECK_RC(lineGetAgentCapsW(app, 0, 0, 0, (void *)t_big), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineGetAgentCapsW(dead_app, 0, 0, 0, (void *)t_big), LINEERR_INVALAPPHANDLE);
  CHECK_RC(lineGetAgentGroupListA(line, 0, (void *)t_big), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineGetAgentGroupListA(dead_line, 0, (void *)t_big), LINEERR_INVALLINEHANDLE);
  CHECK_RC(lineGetAgentGroupListW(line, 0, (void *)t_big), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineGetAgentGroupListW(dead_line, 0, (void *)t_big), LINEERR_INVALLINEHANDLE);
  CHECK_RC(lineGetAgentInfo(line, 0, (void *)t_big), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineGetAgentInfo(dead_line, 0, (void *)t_big), LINEERR_INVALLINEHANDLE);
  CHECK_RC(lineGetAgentSessionInfo(line, 0, (void *)t_big), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineGetAgentSessionInfo(dead_line, 0, (void *)t_big), LINEERR_INVALLINEHANDLE);
  CHECK_RC(lineGetAgentSessionList(line, 0, (void *)t_big), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineGetAgentSessionList(dead_line, 0, (void *)t_big), LINEERR_INVALLINEHANDLE);
  CHECK_RC(lineGetAgentStatusA(line, 0, (void *)t_big), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineGetAgentStatusA(dead_line, 0, (void *)t_big), LINEERR_INVALLINEHANDLE);
  CHECK_RC(lineGetAgentStatusW(line, 0, (void *)t_big), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineGetAgentStatusW(dead_line, 0, (void *)t_big), LINEERR_INVALLINEHANDLE);
  CHECK_RC(lineGetConfRelatedCalls(call, (void *)t_big), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineGetConfRelatedCalls(dead_call, (void *)t_big), LINEERR_INVALCALLHANDLE);
  CHECK_RC(lineGetDevConfig(0, (void *)t_big, NULL), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineGetDevConfigA(0, (void *)t_big, NULL), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineGetDevConfigW(0, (void *)t_big, NULL), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineGetGroupListA(line, (void *)t_big), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineGetGroupListA(dead_line, (void *)t_big), LINEERR_INVALLINEHANDLE);
  CHECK_RC(lineGetGroupListW(line, (void *)t_big), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineGetGroupListW(dead_line, (void *)t_big), LINEERR_INVALLINEHANDLE);
  CHECK_RC(lineGetIcon(0, NULL, (void *)&t_out), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineGetIconA(0, NULL, (void *)&t_out), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineGetIconW(0, NULL, (void *)&t_out), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineGetNumRings(line, 0, (void *)&t_out), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineGetNumRings(dead_line, 0, (void *)&t_out), LINEERR_INVALLINEHANDLE);
  CHECK_RC(lineGetProxyStatus(app, 0, 0, (void *)t_big), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineGetProxyStatus(dead_app, 0, 0, (void *)t_big), LINEERR_INVALAPPHANDLE);
  CHECK_RC(lineGetQueueInfo(line, 0, (void *)t_big), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineGetQueueInfo(dead_line, 0, (void *)t_big), LINEERR_INVALLINEHANDLE);
  CHECK_RC(lineGetQueueListA(line, NULL, (void *)t_big), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineGetQueueListA(dead_line, NULL, (void *)t_big), LINEERR_INVALLINEHANDLE);
  CHECK_RC(lineGetQueueListW(line, NULL, (void *)t_big), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineGetQueueListW(dead_line, NULL, (void *)t_big), LINEERR_INVALLINEHANDLE);
  CHECK_RC(lineGetRequest(app, 0, NULL), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineGetRequest(dead_app, 0, NULL), LINEERR_INVALAPPHANDLE);
  CHECK_RC(lineGetRequestA(app, 0, NULL), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineGetRequestA(dead_app, 0, NULL), LINEERR_INVALAPPHANDLE);
  CHECK_RC(lineGetRequestW(app, 0, NULL), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineGetRequestW(dead_app, 0, NULL), LINEERR_INVALAPPHANDLE);
  CHECK_RC(lineMonitorMedia(call, 0), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineMonitorMedia(dead_call, 0), LINEERR_INVALCALLHANDLE);
  CHECK_RC(lineMonitorTones(call, NULL, 0), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineMonitorTones(dead_call, NULL, 0), LINEERR_INVALCALLHANDLE);
  CHECK_RC(lineNegotiateExtVersion(app, 0, 0, 0, 0, (void *)&t_out), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineNegotiateExtVersion(dead_app, 0, 0, 0, 0, (void *)&t_out), LINEERR_INVALAPPHANDLE);
  CHECK_RC(linePark(call, 0, NULL, NULL), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(linePark(dead_call, 0, NULL, NULL), LINEERR_INVALCALLHANDLE);
  CHECK_RC(lineParkA(call, 0, NULL, NULL), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineParkA(dead_call, 0, NULL, NULL), LINEERR_INVALCALLHANDLE);
  CHECK_RC(lineParkW(call, 0, NULL, NULL), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineParkW(dead_call, 0, NULL, NULL), LINEERR_INVALCALLHANDLE);
  CHECK_RC(linePickup(line, 0, (void *)&t_out, NULL, NULL), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(linePickup(dead_line, 0, (void *)&t_out, NULL, NULL), LINEERR_INVALLINEHANDLE);
  CHECK_RC(linePickupA(line, 0, (void *)&t_out, NULL, NULL), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(linePickupA(dead_line, 0, (void *)&t_out, NULL, NULL), LINEERR_INVALLINEHANDLE);
  CHECK_RC(linePickupW(line, 0, (void *)&t_out, NULL, NULL), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(linePickupW(dead_line, 0, (void *)&t_out, NULL, NULL), LINEERR_INVALLINEHANDLE);
  CHECK_RC(linePrepareAddToConference(call, (void *)&t_out, NULL), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(linePrepareAddToConference(dead_call, (void *)&t_out, NULL), LINEERR_INVALCALLHANDLE);
  CHECK_RC(linePrepareAddToConferenceA(call, (void *)&t_out, NULL), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(linePrepareAddToConferenceA(dead_call, (void *)&t_out, NULL), LINEERR_INVALCALLHANDLE);
  CHECK_RC(linePrepareAddToConferenceW(call, (void *)&t_out, NULL), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(linePrepareAddToConferenceW(dead_call, (void *)&t_out, NULL), LINEERR_INVALCALLHANDLE);
  CHECK_RC(lineProxyMessage(line, call, 0, 0, 0, 0), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineProxyMessage(dead_line, dead_call, 0, 0, 0, 0), LINEERR_INVALLINEHANDLE);
  CHECK_RC(lineProxyResponse(line, NULL, 0), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineProxyResponse(dead_line, NULL, 0), LINEERR_INVALLINEHANDLE);
  CHECK_RC(lineRegisterRequestRecipient(app, 0, 0, 0), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineRegisterRequestRecipient(dead_app, 0, 0, 0), LINEERR_INVALAPPHANDLE);
  CHECK_RC(lineReleaseUserUserInfo(call), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineReleaseUserUserInfo(dead_call), LINEERR_INVALCALLHANDLE);
  CHECK_RC(lineRemoveFromConference(call), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineRemoveFromConference(dead_call), LINEERR_INVALCALLHANDLE);
  CHECK_RC(lineRemoveProvider(0, NULL), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineSendUserUserInfo(call, NULL, 0), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineSendUserUserInfo(dead_call, NULL, 0), LINEERR_INVALCALLHANDLE);
  CHECK_RC(lineSetAgentActivity(line, 0, 0), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineSetAgentActivity(dead_line, 0, 0), LINEERR_INVALLINEHANDLE);
  CHECK_RC(lineSetAgentGroup(line, 0, NULL), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineSetAgentGroup(dead_line, 0, NULL), LINEERR_INVALLINEHANDLE);
  CHECK_RC(lineSetAgentMeasurementPeriod(line, 0, 0), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineSetAgentMeasurementPeriod(dead_line, 0, 0), LINEERR_INVALLINEHANDLE);
  CHECK_RC(lineSetAgentSessionState(line, 0, 0, 0), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineSetAgentSessionState(dead_line, 0, 0, 0), LINEERR_INVALLINEHANDLE);
  CHECK_RC(lineSetAgentState(line, 0, 0, 0), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineSetAgentState(dead_line, 0, 0, 0), LINEERR_INVALLINEHANDLE);
  CHECK_RC(lineSetAgentStateEx(line, 0, 0, 0), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineSetAgentStateEx(dead_line, 0, 0, 0), LINEERR_INVALLINEHANDLE);
  CHECK_RC(lineSetCallData(call, NULL, 0), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineSetCallData(dead_call, NULL, 0), LINEERR_INVALCALLHANDLE);
  CHECK_RC(lineSetCallQualityOfService(call, NULL, 0, NULL, 0), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineSetCallQualityOfService(dead_call, NULL, 0, NULL, 0), LINEERR_INVALCALLHANDLE);
  CHECK_RC(lineSetCallTreatment(call, 0), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineSetCallTreatment(dead_call, 0), LINEERR_INVALCALLHANDLE);
  CHECK_RC(lineSetDevConfig(0, NULL, 0, NULL), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineSetDevConfigA(0, NULL, 0, NULL), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineSetDevConfigW(0, NULL, 0, NULL), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineSetLineDevStatus(line, 0, 0), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineSetLineDevStatus(dead_line, 0, 0), LINEERR_INVALLINEHANDLE);
  CHECK_RC(lineSetMediaControl(line, 0, call, 0, NULL, 0, NULL, 0, NULL, 0, NULL, 0), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineSetMediaControl(dead_line, 0, dead_call, 0, NULL, 0, NULL, 0, NULL, 0, NULL, 0), LINEERR_INVALLINEHANDLE);
  CHECK_RC(lineSetNumRings(line, 0, 0), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineSetNumRings(dead_line, 0, 0), LINEERR_INVALLINEHANDLE);
  CHECK_RC(lineSetQueueMeasurementPeriod(line, 0, 0), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineSetQueueMeasurementPeriod(dead_line, 0, 0), LINEERR_INVALLINEHANDLE);
  CHECK_RC(lineSetTerminal(line, 0, call, 0, 0, 0, 0), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineSetTerminal(dead_line, 0, dead_call, 0, 0, 0, 0), LINEERR_INVALLINEHANDLE);
  CHECK_RC(lineSetTollList(app, 0, NULL, 0), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineSetTollList(dead_app, 0, NULL, 0), LINEERR_INVALAPPHANDLE);
  CHECK_RC(lineSetTollListA(app, 0, NULL, 0), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineSetTollListA(dead_app, 0, NULL, 0), LINEERR_INVALAPPHANDLE);
  CHECK_RC(lineSetTollListW(app, 0, NULL, 0), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineSetTollListW(dead_app, 0, NULL, 0), LINEERR_INVALAPPHANDLE);
  CHECK_RC(lineSetupConference(call, line, (void *)&t_out, (void *)&t_out, 0, NULL), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineSetupConference(dead_call, dead_line, (void *)&t_out, (void *)&t_out, 0, NULL), LINEERR_INVALCALLHANDLE);
  CHECK_RC(lineSetupConferenceA(call, line, (void *)&t_out, (void *)&t_out, 0, NULL), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineSetupConferenceA(dead_call, dead_line, (void *)&t_out, (void *)&t_out, 0, NULL), LINEERR_INVALCALLHANDLE);
  CHECK_RC(lineSetupConferenceW(call, line, (void *)&t_out, (void *)&t_out, 0, NULL), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineSetupConferenceW(dead_call, dead_line, (void *)&t_out, (void *)&t_out, 0, NULL), LINEERR_INVALCALLHANDLE);
  CHECK_RC(lineSetupTransfer(call, (void *)&t_out, NULL), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineSetupTransfer(dead_call, (void *)&t_out, NULL), LINEERR_INVALCALLHANDLE);
  CHECK_RC(lineSetupTransferA(call, (void *)&t_out, NULL), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineSetupTransferA(dead_call, (void *)&t_out, NULL), LINEERR_INVALCALLHANDLE);
  CHECK_RC(lineSetupTransferW(call, (void *)&t_out, NULL), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineSetupTransferW(dead_call, (void *)&t_out, NULL), LINEERR_INVALCALLHANDLE);
  CHECK_RC(lineSwapHold(call, call), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineSwapHold(dead_call, dead_call), LINEERR_INVALCALLHANDLE);
  CHECK_RC(lineTranslateDialog(app, 0, 0, NULL, NULL), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineTranslateDialog(dead_app, 0, 0, NULL, NULL), LINEERR_INVALAPPHANDLE);
  CHECK_RC(lineTranslateDialogA(app, 0, 0, NULL, NULL), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineTranslateDialogA(dead_app, 0, 0, NULL, NULL), LINEERR_INVALAPPHANDLE);
  CHECK_RC(lineTranslateDialogW(app, 0, 0, NULL, NULL), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineTranslateDialogW(dead_app, 0, 0, NULL, NULL), LINEERR_INVALAPPHANDLE);
  CHECK_RC(lineUncompleteCall(line, 0), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineUncompleteCall(dead_line, 0), LINEERR_INVALLINEHANDLE);
  CHECK_RC(lineUnpark(line, 0, (void *)&t_out, NULL), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineUnpark(dead_line, 0, (void *)&t_out, NULL), LINEERR_INVALLINEHANDLE);
  CHECK_RC(lineUnparkA(line, 0, (void *)&t_out, NULL), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineUnparkA(dead_line, 0, (void *)&t_out, NULL), LINEERR_INVALLINEHANDLE);
  CHECK_RC(lineUnparkW(line, 0, (void *)&t_out, NULL), LINEERR_OPERATIONUNAVAIL);
  CHECK_RC(lineUnparkW(dead_line, 0, (void *)&t_out, NULL), LINEERR_INVALLINEHANDLE);
  CHECK_EQ((DWORD)tapiRequestDrop(NULL, 0), (DWORD)TAPIERR_NOREQUESTRECIPIENT);
  CHECK_EQ((DWORD)tapiRequestMakeCall(NULL, NULL, NULL, NULL), (DWORD)TAPIERR_NOREQUESTRECIPIENT);
  CHECK_EQ((DWORD)tapiRequestMakeCallA(NULL, NULL, NULL, NULL), (DWORD)TAPIERR_NOREQUESTRECIPIENT);
  CHECK_EQ((DWORD)tapiRequestMakeCallW(NULL, NULL, NULL, NULL), (DWORD)TAPIERR_NOREQUESTRECIPIENT);
  CHECK_EQ((DWORD)tapiRequestMediaCall(NULL, 0, NULL, NULL, 0, 0, NULL, NULL, NULL, NULL), (DWORD)TAPIERR_NOREQUESTRECIPIENT);
  CHECK_EQ((DWORD)tapiRequestMediaCallA(NULL, 0, NULL, NULL, 0, 0, NULL, NULL, NULL, NULL), (DWORD)TAPIERR_NOREQUESTRECIPIENT);
  CHECK_EQ((DWORD)tapiRequestMediaCallW(NULL, 0, NULL, NULL, 0, 0, NULL, NULL, NULL, NULL), (DWORD)TAPIERR_NOREQUESTRECIPIENT);

  /* Nothing changed: the call is still there and nothing was queued. */
  CHECK_EQ(t_state(call), LINECALLSTATE_CONNECTED);
  CHECK_QUIET(app);
  /* The order of the checks, on a sample. */
#define AGENT_CAPS(p) lineGetAgentCapsA(app, 0, 0, 0x00020002, (p))
#define AGENT_CAPS_DEAD(p) lineGetAgentCapsA(dead_app, 0, 0, 0x00020002, (p))
  CHECK_ORDER(AGENT_CAPS, AGENT_CAPS_DEAD, LINEERR_INVALAPPHANDLE, sizeof(LINEAGENTCAPS));
#define CONF_CALLS(p) lineGetConfRelatedCalls(call, (p))
#define CONF_CALLS_DEAD(p) lineGetConfRelatedCalls(dead_call, (p))
  CHECK_ORDER(CONF_CALLS, CONF_CALLS_DEAD, LINEERR_INVALCALLHANDLE, sizeof(LINECALLLIST));
#define QUEUES(p) lineGetQueueListW(line, NULL, (p))
#define QUEUES_DEAD(p) lineGetQueueListW(dead_line, NULL, (p))
  CHECK_ORDER(QUEUES, QUEUES_DEAD, LINEERR_INVALLINEHANDLE, sizeof(LINEQUEUELIST));
#define DEV_CONFIG(p) lineGetDevConfigA(0, (p), "comm/datamodem")
  CHECK_ORDER(DEV_CONFIG, DEV_CONFIG, LINEERR_STRUCTURETOOSMALL, sizeof(VARSTRING));
  /* Written DWORDs and handles: NULL or unusable first, then the handle. */
  CHECK_RC(lineGetNumRings(dead_line, 0, NULL), LINEERR_INVALPOINTER);
  CHECK_RC(lineGetNumRings(line, 0, NULL), LINEERR_INVALPOINTER);
  CHECK_RC(lineNegotiateExtVersion(dead_app, 0, 0x00020002, 0, 0, NULL), LINEERR_INVALPOINTER);
  CHECK_RC(linePickupA(dead_line, 0, NULL, "1", NULL), LINEERR_INVALPOINTER);
  CHECK_RC(lineSetupTransfer(call, NULL, NULL), LINEERR_INVALPOINTER);
  CHECK_RC(lineSetupConference(call, line, (void *)&t_out, NULL, 3, NULL), LINEERR_INVALPOINTER);
  CHECK_RC(lineCreateAgentW(line, NULL, NULL, (LPHAGENT)(uintptr_t)1), LINEERR_INVALPOINTER);
  DWORD rings = 0x5A5A5A5A;
  CHECK_RC(lineGetNumRings(line, 0, &rings), LINEERR_OPERATIONUNAVAIL);
  CHECK_EQ(rings, 0x5A5A5A5A);

  CHECK_RC(lineShutdown(app), 0);
  /* With no application: LINEERR_UNINITIALIZED before anything else. */
  CHECK_RC(lineAccept(call, NULL, 0), LINEERR_UNINITIALIZED);
  CHECK_RC(lineSwapHold(call, call), LINEERR_UNINITIALIZED);
  TEST_DONE();
}
