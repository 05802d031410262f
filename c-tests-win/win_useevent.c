/* LINEINITIALIZEEXOPTION_USEEVENT: the program waits on the event handle with
 * WaitForSingleObject and takes the messages with lineGetMessage; the event is
 * signalled while messages wait and reset once they are all taken. */
#include "winprog.h"

int main(void) {
  HLINEAPP hApp = 0;
  HLINE hLine = 0;
  HCALL hCall = 0;
  DWORD dwDevs = 0, dwVersion = 0x00020000, dwCallID = 0, dwLastState = 0;
  LINEINITIALIZEEXPARAMS lip;
  LINEMESSAGE msg;
  int appNewCall = 0;

  ZeroMemory(&lip, sizeof(lip));
  lip.dwTotalSize = sizeof(lip);
  lip.dwOptions = LINEINITIALIZEEXOPTION_USEEVENT;
  EXPECT_OK(lineInitializeExA(&hApp, NULL, NULL, "UseEvent", &dwDevs, &dwVersion, &lip));
  EXPECT(lip.Handles.hEvent != NULL);
  printf("nothing waiting, the event times out: %s\n",
         WaitForSingleObject(lip.Handles.hEvent, 50) == WAIT_TIMEOUT ? "yes" : "no");
  EXPECT_OK(lineOpenA(hApp, 0, &hLine, dwVersion, 0, 0, LINECALLPRIVILEGE_OWNER,
                   LINEMEDIAMODE_INTERACTIVEVOICE, NULL));
  EXPECT_OK(tapisimOfferCall(0, 0, "5550100", "Caller", 0, &dwCallID));
  while (dwLastState != LINECALLSTATE_OFFERING) {
    if (WaitForSingleObject(lip.Handles.hEvent, 3000) != WAIT_OBJECT_0) break;
    while (lineGetMessage(hApp, &msg, 0) == 0) {
      if (msg.dwMessageID == LINE_APPNEWCALL) {
        appNewCall++;
        hCall = (HCALL)msg.dwParam2;
      }
      if (msg.dwMessageID == LINE_CALLSTATE) dwLastState = (DWORD)msg.dwParam1;
    }
  }
  printf("LINE_APPNEWCALL: %d, then OFFERING: %s\n", appNewCall,
         dwLastState == LINECALLSTATE_OFFERING ? "yes" : "no");
  EXPECT(hCall != 0);
  printf("all taken, the event is reset: %s\n",
         WaitForSingleObject(lip.Handles.hEvent, 0) == WAIT_TIMEOUT ? "yes" : "no");
  EXPECT_OK(lineClose(hLine));
  EXPECT_OK(lineShutdown(hApp));
  return Done();
}
