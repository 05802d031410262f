/* lineGetCountry (one country, all of them, A and W, whole or absent within dwTotalSize,
 * errors) and lineGetProviderList (the simulated provider). Neither needs an
 * initialized application. */
#include "common.h"

#define CANARY 0xA5

static unsigned char buf[8192];

int main(void) {
  LINECOUNTRYLIST *cl = (LINECOUNTRYLIST *)buf;

  /* One country. */
  memset(buf, CANARY, sizeof buf);
  cl->dwTotalSize = 1024;
  REQUIRE_RC(lineGetCountryA(44, 0x00020002, cl), 0);
  CHECK_EQ(cl->dwNumCountries, 1);
  CHECK_EQ(cl->dwCountryListSize, sizeof(LINECOUNTRYENTRY));
  CHECK_EQ(cl->dwNeededSize, cl->dwUsedSize);
  CHECK(t_untouched(buf, 1024, 2048, CANARY));
  LINECOUNTRYENTRY *e = (LINECOUNTRYENTRY *)(buf + cl->dwCountryListOffset);
  CHECK_EQ(e->dwCountryID, 44);
  CHECK_EQ(e->dwCountryCode, 44);
  CHECK_EQ(e->dwNextCountryID, 49);
  CHECK(strcmp(t_field(buf, e->dwCountryNameSize, e->dwCountryNameOffset), "United Kingdom") == 0);
  CHECK(strcmp(t_field(buf, e->dwSameAreaRuleSize, e->dwSameAreaRuleOffset), "G") == 0);
  CHECK(strcmp(t_field(buf, e->dwLongDistanceRuleSize, e->dwLongDistanceRuleOffset), "0FG") == 0);
  CHECK(strcmp(t_field(buf, e->dwInternationalRuleSize, e->dwInternationalRuleOffset),
               "00EFG") == 0);
  CHECK(e->dwInternationalRuleOffset + e->dwInternationalRuleSize <= cl->dwUsedSize);

  /* All countries, linked by dwNextCountryID, plain entry point. */
  memset(buf, CANARY, sizeof buf);
  cl->dwTotalSize = 4096;
  REQUIRE_RC(lineGetCountry(0, 0x00010004, cl), 0);
  DWORD n = cl->dwNumCountries;
  CHECK(n >= 9);
  CHECK_EQ(cl->dwCountryListSize, n * sizeof(LINECOUNTRYENTRY));
  CHECK(t_untouched(buf, 4096, sizeof buf, CANARY));
  e = (LINECOUNTRYENTRY *)(buf + cl->dwCountryListOffset);
  CHECK_EQ(e[0].dwCountryID, 1);
  CHECK_EQ(e[0].dwCountryCode, 1);
  CHECK(strcmp(t_field(buf, e[0].dwLongDistanceRuleSize, e[0].dwLongDistanceRuleOffset),
               "1FG") == 0);
  CHECK(strcmp(t_field(buf, e[0].dwInternationalRuleSize, e[0].dwInternationalRuleOffset),
               "011EFG") == 0);
  int seen_canada = 0, seen[8] = {0};
  const DWORD codes[8] = {31, 33, 44, 49, 61, 81, 91, 1};
  for (DWORD i = 0; i < n; i++) {
    CHECK_EQ(e[i].dwNextCountryID, i + 1 < n ? e[i + 1].dwCountryID : 0);
    if (e[i].dwCountryID == 2 && e[i].dwCountryCode == 1) seen_canada = 1;
    for (int k = 0; k < 8; k++)
      if (e[i].dwCountryCode == codes[k]) seen[k] = 1;
  }
  CHECK(seen_canada);
  for (int k = 0; k < 8; k++) CHECK(seen[k]);
  DWORD needed = cl->dwNeededSize;

  /* Too small for the list: absent, dwNeededSize says how much. */
  memset(buf, CANARY, sizeof buf);
  cl->dwTotalSize = sizeof(LINECOUNTRYLIST) + 100;
  CHECK_RC(lineGetCountryA(0, 0x00020002, cl), 0);
  CHECK_EQ(cl->dwNeededSize, needed);
  CHECK_EQ(cl->dwUsedSize, sizeof(LINECOUNTRYLIST));
  CHECK_EQ(cl->dwCountryListSize, 0);
  CHECK_EQ(cl->dwCountryListOffset, 0);
  CHECK(t_untouched(buf, sizeof(LINECOUNTRYLIST), sizeof buf, CANARY));

  /* W. */
  memset(buf, 0, sizeof buf);
  cl->dwTotalSize = 1024;
  CHECK_RC(lineGetCountryW(49, 0x00030001, cl), 0);
  e = (LINECOUNTRYENTRY *)(buf + cl->dwCountryListOffset);
  CHECK(t_wide_is(buf + e->dwCountryNameOffset, e->dwCountryNameSize, "Germany"));
  CHECK(t_wide_is(buf + e->dwLongDistanceRuleOffset, e->dwLongDistanceRuleSize, "0FG"));

  /* Errors. */
  cl->dwTotalSize = 1024;
  CHECK_RC(lineGetCountryA(999, 0x00020002, cl), LINEERR_INVALCOUNTRYCODE);
  CHECK_RC(lineGetCountryA(0, 0x00010003, cl), LINEERR_INCOMPATIBLEAPIVERSION);
  CHECK_RC(lineGetCountryA(0, 0x00090000, cl), LINEERR_INCOMPATIBLEAPIVERSION);
  CHECK_RC(lineGetCountryA(0, 0x00020002, NULL), LINEERR_INVALPOINTER);
  cl->dwTotalSize = sizeof(LINECOUNTRYLIST) - 1;
  CHECK_RC(lineGetCountryA(0, 0x00020002, cl), LINEERR_STRUCTURETOOSMALL);

  /* ---- lineGetProviderList ---- */
  LINEPROVIDERLIST *pl = (LINEPROVIDERLIST *)buf;
  memset(buf, CANARY, sizeof buf);
  pl->dwTotalSize = 256;
  REQUIRE_RC(lineGetProviderListA(0x00020002, pl), 0);
  CHECK_EQ(pl->dwNumProviders, 1);
  CHECK_EQ(pl->dwProviderListSize, sizeof(LINEPROVIDERENTRY));
  CHECK(t_untouched(buf, 256, 512, CANARY));
  LINEPROVIDERENTRY *p = (LINEPROVIDERENTRY *)(buf + pl->dwProviderListOffset);
  CHECK_EQ(p->dwPermanentProviderID, 1);
  CHECK(strcmp(t_field(buf, p->dwProviderFilenameSize, p->dwProviderFilenameOffset),
               "tapisim.tsp") == 0);
  CHECK_EQ(pl->dwNeededSize, sizeof(LINEPROVIDERLIST) + sizeof(LINEPROVIDERENTRY) + 12);
  memset(buf, 0, sizeof buf);
  pl->dwTotalSize = 256;
  CHECK_RC(lineGetProviderList(0x00010004, pl), 0);
  CHECK_RC(lineGetProviderListW(0x00030001, pl), 0);
  p = (LINEPROVIDERENTRY *)(buf + pl->dwProviderListOffset);
  CHECK(t_wide_is(buf + p->dwProviderFilenameOffset, p->dwProviderFilenameSize, "tapisim.tsp"));
  memset(buf, CANARY, sizeof buf);
  pl->dwTotalSize = sizeof(LINEPROVIDERLIST) + 4;
  CHECK_RC(lineGetProviderListA(0x00020002, pl), 0);
  CHECK_EQ(pl->dwProviderListSize, 0);
  CHECK_EQ(pl->dwUsedSize, sizeof(LINEPROVIDERLIST));
  CHECK(t_untouched(buf, sizeof(LINEPROVIDERLIST), sizeof buf, CANARY));
  pl->dwTotalSize = sizeof(LINEPROVIDERLIST) - 1;
  CHECK_RC(lineGetProviderListA(0x00020002, pl), LINEERR_STRUCTURETOOSMALL);
  CHECK_RC(lineGetProviderListA(0x00020002, NULL), LINEERR_INVALPOINTER);
  CHECK_RC(lineGetProviderListA(0x00010003, pl), LINEERR_INCOMPATIBLEAPIVERSION);
  TEST_DONE();
}
