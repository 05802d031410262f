/* lineTranslateAddress, lineGetTranslateCaps, lineSetCurrentLocation and
 * tapiGetLocationInfo on the default location ("Simulated location": country 1, area
 * code 425, no access codes): local, long-distance, international and non-canonical
 * translations, A and W strings, variable fields whole or absent within dwTotalSize,
 * and every error. */
#include "common.h"

#define CANARY 0xA5

/* `s` (ASCII) as a NUL-terminated WCHAR string in `out`. */
static const WCHAR *ws(const char *s, WCHAR *out) {
  size_t i = 0;
  for (; s[i]; i++) out[i] = (WCHAR)(unsigned char)s[i];
  out[i] = 0;
  return out;
}

/* Translates `in` (A) into a 512-byte buffer and checks the dialable string, results
 * and destination country. */
static void check_xlate(HLINEAPP app, const char *in, const char *dialable, DWORD results,
                        DWORD dest) {
  unsigned char buf[512];
  memset(buf, CANARY, sizeof buf);
  LINETRANSLATEOUTPUT *o = (LINETRANSLATEOUTPUT *)buf;
  o->dwTotalSize = 256;
  LONG r = lineTranslateAddressA(app, 0, 0x00020002, in, 0, 0, o);
  if (!t_rc_is(r, 0, in, "0", __FILE__, __LINE__)) {
    t_failures++;
    return;
  }
  const char *d = t_field(buf, o->dwDialableStringSize, o->dwDialableStringOffset);
  const char *s = t_field(buf, o->dwDisplayableStringSize, o->dwDisplayableStringOffset);
  if (!d || strcmp(d, dialable) != 0) {
    fprintf(stderr, "%s: dialable %s, expected %s\n", in, d ? d : "(none)", dialable);
    t_failures++;
  }
  CHECK(s && strcmp(s, dialable) == 0);
  CHECK_EQ(o->dwDialableStringSize, strlen(dialable) + 1);
  CHECK_EQ(o->dwTranslateResults, results);
  CHECK_EQ(o->dwCurrentCountry, 1);
  CHECK_EQ(o->dwDestCountry, dest);
  CHECK_EQ(o->dwTotalSize, 256);
  CHECK_EQ(o->dwNeededSize, o->dwUsedSize);
  CHECK(t_untouched(buf, 256, sizeof buf, CANARY));
}

int main(void) {
  HLINEAPP app = t_init_event("api_translate_address");
  const DWORD CANON = LINETRANSLATERESULT_CANONICAL;

  /* ---- translations from the default location ---- */
  check_xlate(app, "+1 (425) 555-0100", "5550100", CANON | LINETRANSLATERESULT_LOCAL, 1);
  check_xlate(app, "+1 555-0100", "5550100", CANON | LINETRANSLATERESULT_LOCAL, 1);
  check_xlate(app, "+1 (206) 555-0100", "12065550100", CANON | LINETRANSLATERESULT_LONGDISTANCE,
              1);
  check_xlate(app, "+44 (20) 7946 0018", "011442079460018",
              CANON | LINETRANSLATERESULT_INTERNATIONAL, 44);
  check_xlate(app, "+49 (30) 1234567|55^Name", "01149301234567",
              CANON | LINETRANSLATERESULT_INTERNATIONAL, 49);
  check_xlate(app, "5550100", "5550100", 0, 0);
  check_xlate(app, "9W5550100", "9W5550100", LINETRANSLATERESULT_DIALDIALTONE, 0);

  /* Plain and W entry points; FORCELD and FORCELOCAL. */
  {
    unsigned char buf[256];
    LINETRANSLATEOUTPUT *o = (LINETRANSLATEOUTPUT *)buf;
    memset(buf, 0, sizeof buf);
    o->dwTotalSize = sizeof buf;
    CHECK_RC(lineTranslateAddress(app, 0, 0x00020000, "+1 (425) 555-0100", 0,
                                  LINETRANSLATEOPTION_FORCELD, o),
             0);
    CHECK(strcmp(t_field(buf, o->dwDialableStringSize, o->dwDialableStringOffset),
                 "14255550100") == 0);
    CHECK_EQ(o->dwTranslateResults, CANON | LINETRANSLATERESULT_LONGDISTANCE);
    o->dwTotalSize = sizeof buf;
    CHECK_RC(lineTranslateAddress(app, 0, 0x00020000, "+1 (206) 555-0100", 0,
                                  LINETRANSLATEOPTION_FORCELOCAL, o),
             0);
    CHECK(strcmp(t_field(buf, o->dwDialableStringSize, o->dwDialableStringOffset),
                 "5550100") == 0);

    WCHAR in[64];
    memset(buf, CANARY, sizeof buf);
    o->dwTotalSize = 128;
    CHECK_RC(lineTranslateAddressW(app, 0, 0x00030001, ws("+1 (206) 555-0100", in), 0, 0, o),
             0);
    CHECK(t_wide_is(buf + o->dwDialableStringOffset, o->dwDialableStringSize, "12065550100"));
    CHECK(t_wide_is(buf + o->dwDisplayableStringOffset, o->dwDisplayableStringSize,
                  "12065550100"));
    CHECK_EQ(o->dwNeededSize, sizeof(LINETRANSLATEOUTPUT) + 2 * 24);
    CHECK(t_untouched(buf, 128, sizeof buf, CANARY));
    /* A NULL hLineApp is allowed from API 2.0 on. */
    o->dwTotalSize = 128;
    CHECK_RC(lineTranslateAddressA(0, 0, 0x00020000, "+1 (425) 555-0100", 0, 0, o), 0);
    CHECK_RC(lineTranslateAddressA(0, 0, 0x00010004, "+1 (425) 555-0100", 0, 0, o),
             LINEERR_INVALAPPHANDLE);
  }

  /* Whole or absent: room for the dialable string only; then for nothing. */
  {
    unsigned char buf[128];
    LINETRANSLATEOUTPUT *o = (LINETRANSLATEOUTPUT *)buf;
    const DWORD fixed = sizeof(LINETRANSLATEOUTPUT);
    memset(buf, CANARY, sizeof buf);
    o->dwTotalSize = fixed + 12 + 5;
    CHECK_RC(lineTranslateAddressA(app, 0, 0x00020002, "+1 (206) 555-0100", 0, 0, o), 0);
    CHECK_EQ(o->dwNeededSize, fixed + 24);
    CHECK_EQ(o->dwUsedSize, fixed + 12);
    CHECK_EQ(o->dwDialableStringSize, 12);
    CHECK_EQ(o->dwDisplayableStringSize, 0);
    CHECK_EQ(o->dwDisplayableStringOffset, 0);
    CHECK(t_untouched(buf, fixed + 12, sizeof buf, CANARY));
    memset(buf, CANARY, sizeof buf);
    o->dwTotalSize = fixed;
    CHECK_RC(lineTranslateAddressA(app, 0, 0x00020002, "+1 (206) 555-0100", 0, 0, o), 0);
    CHECK_EQ(o->dwNeededSize, fixed + 24);
    CHECK_EQ(o->dwUsedSize, fixed);
    CHECK_EQ(o->dwDialableStringSize, 0);
    CHECK(t_untouched(buf, fixed, sizeof buf, CANARY));
    memset(buf, CANARY, sizeof buf);
    o->dwTotalSize = fixed - 1;
    CHECK_RC(lineTranslateAddressA(app, 0, 0x00020002, "+1 (206) 555-0100", 0, 0, o),
             LINEERR_STRUCTURETOOSMALL);
    CHECK(t_untouched(buf, 4, sizeof buf, CANARY));
  }

  /* Bad input. */
  {
    unsigned char buf[256];
    LINETRANSLATEOUTPUT *o = (LINETRANSLATEOUTPUT *)buf;
    memset(buf, 0, sizeof buf);
    o->dwTotalSize = sizeof buf;
    const char *a = "+1 (425) 555-0100";
    CHECK_RC(lineTranslateAddressA(app, 0, 0x00020002, NULL, 0, 0, o), LINEERR_INVALPOINTER);
    CHECK_RC(lineTranslateAddressA(app, 0, 0x00020002, a, 0, 0, NULL), LINEERR_INVALPOINTER);
    CHECK_RC(lineTranslateAddressA(app, 99, 0x00020002, a, 0, 0, o), LINEERR_BADDEVICEID);
    CHECK_RC(lineTranslateAddressA(app, 0, 0x00090000, a, 0, 0, o),
             LINEERR_INCOMPATIBLEAPIVERSION);
    CHECK_RC(lineTranslateAddressA(app, 0, 0x00020002, a, 0, 0x40000000, o), LINEERR_INVALPARAM);
    CHECK_RC(lineTranslateAddressA(app, 0, 0x00020002, a, 0,
                                   LINETRANSLATEOPTION_FORCELD | LINETRANSLATEOPTION_FORCELOCAL,
                                   o),
             LINEERR_INVALPARAM);
    CHECK_RC(lineTranslateAddressA(app, 0, 0x00020002, a, 7, LINETRANSLATEOPTION_CARDOVERRIDE, o),
             LINEERR_INVALCARD);
    CHECK_RC(lineTranslateAddressA(app, 0, 0x00020002, a, 0, LINETRANSLATEOPTION_CARDOVERRIDE, o),
             0);
    CHECK_RC(lineTranslateAddressA(app, 0, 0x00020002, "", 0, 0, o), LINEERR_INVALADDRESS);
    CHECK_RC(lineTranslateAddressA(app, 0, 0x00020002, "+", 0, 0, o), LINEERR_INVALADDRESS);
    CHECK_RC(lineTranslateAddressA(app, 0, 0x00020002, "+1 (425 555", 0, 0, o),
             LINEERR_INVALADDRESS);
    CHECK_RC(lineTranslateAddressA(app + 0x100, 0, 0x00010004, a, 0, 0, o),
             LINEERR_INVALAPPHANDLE);
  }

  /* ---- lineGetTranslateCaps ---- */
  {
    unsigned char buf[1024];
    LINETRANSLATECAPS *c = (LINETRANSLATECAPS *)buf;
    memset(buf, CANARY, sizeof buf);
    c->dwTotalSize = 512;
    CHECK_RC(lineGetTranslateCapsA(app, 0x00020002, c), 0);
    CHECK_EQ(c->dwNumLocations, 1);
    CHECK_EQ(c->dwCurrentLocationID, 0);
    CHECK_EQ(c->dwNumCards, 1);
    CHECK_EQ(c->dwCurrentPreferredCardID, 0);
    CHECK_EQ(c->dwLocationListSize, sizeof(LINELOCATIONENTRY));
    CHECK_EQ(c->dwCardListSize, sizeof(LINECARDENTRY));
    CHECK_EQ(c->dwNeededSize, c->dwUsedSize);
    CHECK(t_untouched(buf, 512, sizeof buf, CANARY));
    REQUIRE(c->dwLocationListOffset + c->dwLocationListSize <= c->dwUsedSize);
    LINELOCATIONENTRY *l = (LINELOCATIONENTRY *)(buf + c->dwLocationListOffset);
    CHECK_EQ(l->dwPermanentLocationID, 0);
    CHECK_EQ(l->dwCountryCode, 1);
    CHECK_EQ(l->dwCountryID, 1);
    CHECK(strcmp(t_field(buf, l->dwLocationNameSize, l->dwLocationNameOffset),
                 "Simulated location") == 0);
    CHECK(strcmp(t_field(buf, l->dwCityCodeSize, l->dwCityCodeOffset), "425") == 0);
    CHECK(strcmp(t_field(buf, l->dwLocalAccessCodeSize, l->dwLocalAccessCodeOffset), "") == 0);
    CHECK(l->dwLocationNameOffset + l->dwLocationNameSize <= c->dwUsedSize);
    LINECARDENTRY *card = (LINECARDENTRY *)(buf + c->dwCardListOffset);
    CHECK_EQ(card->dwPermanentCardID, 0);
    CHECK(strcmp(t_field(buf, card->dwCardNameSize, card->dwCardNameOffset),
                 "None (Direct Dial)") == 0);
    DWORD needed = c->dwNeededSize;

    /* Too small for the locations: whole or absent; fixed size: nothing. */
    memset(buf, CANARY, sizeof buf);
    c->dwTotalSize = sizeof(LINETRANSLATECAPS) + sizeof(LINELOCATIONENTRY);
    CHECK_RC(lineGetTranslateCaps(app, 0x00020002, c), 0);
    CHECK_EQ(c->dwNeededSize, needed);
    CHECK_EQ(c->dwLocationListSize, 0);
    CHECK_EQ(c->dwLocationListOffset, 0);
    CHECK(c->dwUsedSize <= c->dwTotalSize);
    CHECK(t_untouched(buf, c->dwTotalSize, sizeof buf, CANARY));
    memset(buf, CANARY, sizeof buf);
    c->dwTotalSize = sizeof(LINETRANSLATECAPS) - 1;
    CHECK_RC(lineGetTranslateCaps(app, 0x00020002, c), LINEERR_STRUCTURETOOSMALL);

    /* W: the same, UTF-16. */
    memset(buf, 0, sizeof buf);
    c->dwTotalSize = sizeof buf;
    CHECK_RC(lineGetTranslateCapsW(app, 0x00030001, c), 0);
    l = (LINELOCATIONENTRY *)(buf + c->dwLocationListOffset);
    CHECK(t_wide_is(buf + l->dwLocationNameOffset, l->dwLocationNameSize, "Simulated location"));
    CHECK(t_wide_is(buf + l->dwCityCodeOffset, l->dwCityCodeSize, "425"));
    CHECK_RC(lineGetTranslateCapsA(app, 0x00020002, NULL), LINEERR_INVALPOINTER);
    CHECK_RC(lineGetTranslateCapsA(app, 0x00090000, c), LINEERR_INCOMPATIBLEAPIVERSION);
    CHECK_RC(lineGetTranslateCapsA(app + 0x100, 0x00010004, c), LINEERR_INVALAPPHANDLE);
  }

  /* ---- lineSetCurrentLocation, tapiGetLocationInfo ---- */
  CHECK_RC(lineSetCurrentLocation(app, 0), 0);
  CHECK_RC(lineSetCurrentLocation(app, 12345), LINEERR_INVALLOCATION);
  CHECK_RC(lineSetCurrentLocation(app + 0x100, 0), LINEERR_INVALAPPHANDLE);
  {
    char cc[8], city[8];
    memset(cc, 'x', sizeof cc), memset(city, 'x', sizeof city);
    CHECK_EQ(tapiGetLocationInfoA(cc, city), 0);
    CHECK(strcmp(cc, "1") == 0 && strcmp(city, "425") == 0);
    memset(cc, 'x', sizeof cc), memset(city, 'x', sizeof city);
    CHECK_EQ(tapiGetLocationInfo(cc, city), 0);
    CHECK(strcmp(cc, "1") == 0 && strcmp(city, "425") == 0);
    WCHAR wcc[8], wcity[8];
    CHECK_EQ(tapiGetLocationInfoW(wcc, wcity), 0);
    CHECK(t_wide_is((unsigned char *)wcc, 4, "1"));
    CHECK(t_wide_is((unsigned char *)wcity, 8, "425"));
    CHECK_EQ((DWORD)tapiGetLocationInfoA(NULL, city), (DWORD)TAPIERR_INVALPOINTER);
    CHECK_EQ((DWORD)tapiGetLocationInfoW(wcc, NULL), (DWORD)TAPIERR_INVALPOINTER);
  }

  CHECK_RC(lineShutdown(app), 0);
  /* No application any more: TAPI 1.x callers are uninitialized. */
  {
    unsigned char buf[256];
    LINETRANSLATEOUTPUT *o = (LINETRANSLATEOUTPUT *)buf;
    o->dwTotalSize = sizeof buf;
    CHECK_RC(lineTranslateAddressA(app, 0, 0x00010004, "+1 (425) 555-0100", 0, 0, o),
             LINEERR_UNINITIALIZED);
    CHECK_RC(lineSetCurrentLocation(app, 0), LINEERR_UNINITIALIZED);
  }
  TEST_DONE();
}
