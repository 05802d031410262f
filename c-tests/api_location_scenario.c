/* Locations from a scenario ([[location]] tables): the first is current; translations
 * use its country's rules and access codes; lineSetCurrentLocation switches, and
 * tapiGetLocationInfo follows. */
#include "common.h"

static const char *SCENARIO =
    "[[location]]\n"
    "id = 3\n"
    "name = \"London office\"\n"
    "country_code = 44\n"
    "area_code = \"20\"\n"
    "local_access = \"9\"\n"
    "\n"
    "[[location]]\n"
    "id = 8\n"
    "name = \"Seattle\"\n"
    "area_code = \"206\"\n"
    "long_distance_access = \"9,\"\n";

static void check_xlate(HLINEAPP app, const char *in, const char *dialable, DWORD kind,
                        DWORD current) {
  unsigned char buf[256];
  memset(buf, 0, sizeof buf);
  LINETRANSLATEOUTPUT *o = (LINETRANSLATEOUTPUT *)buf;
  o->dwTotalSize = sizeof buf;
  if (!t_rc_is(lineTranslateAddressA(app, 0, 0x00020002, in, 0, 0, o), 0, in, "0", __FILE__,
               __LINE__)) {
    t_failures++;
    return;
  }
  const char *d = t_field(buf, o->dwDialableStringSize, o->dwDialableStringOffset);
  if (strcmp(d, dialable) != 0) {
    fprintf(stderr, "%s: dialable %s, expected %s\n", in, d, dialable);
    t_failures++;
  }
  CHECK_EQ(o->dwTranslateResults & 0xF, LINETRANSLATERESULT_CANONICAL | kind);
  CHECK_EQ(o->dwCurrentCountry, current);
}

int main(void) {
  char path[] = "/tmp/tapi32_location_XXXXXX";
  t_scenario_file(SCENARIO, path);
  HLINEAPP app = t_init_event("api_location_scenario");
  unlink(path);

  unsigned char buf[2048];
  LINETRANSLATECAPS *c = (LINETRANSLATECAPS *)buf;
  memset(buf, 0, sizeof buf);
  c->dwTotalSize = sizeof buf;
  REQUIRE_RC(lineGetTranslateCapsA(app, 0x00020002, c), 0);
  CHECK_EQ(c->dwNumLocations, 2);
  CHECK_EQ(c->dwCurrentLocationID, 3);
  LINELOCATIONENTRY *l = (LINELOCATIONENTRY *)(buf + c->dwLocationListOffset);
  CHECK_EQ(l[0].dwPermanentLocationID, 3);
  CHECK_EQ(l[0].dwCountryCode, 44);
  CHECK(strcmp(t_field(buf, l[0].dwLocationNameSize, l[0].dwLocationNameOffset),
               "London office") == 0);
  CHECK(strcmp(t_field(buf, l[0].dwLocalAccessCodeSize, l[0].dwLocalAccessCodeOffset), "9") ==
        0);
  CHECK_EQ(l[1].dwPermanentLocationID, 8);
  CHECK_EQ(l[1].dwCountryCode, 1);
  CHECK(strcmp(t_field(buf, l[1].dwCityCodeSize, l[1].dwCityCodeOffset), "206") == 0);
  CHECK(strcmp(t_field(buf, l[1].dwLongDistanceAccessCodeSize,
                       l[1].dwLongDistanceAccessCodeOffset),
               "9,") == 0);

  const DWORD LOCAL = LINETRANSLATERESULT_LOCAL, LD = LINETRANSLATERESULT_LONGDISTANCE,
              INTL = LINETRANSLATERESULT_INTERNATIONAL;
  check_xlate(app, "+44 (20) 7946 0018", "979460018", LOCAL, 44);
  check_xlate(app, "+44 (161) 496 0000", "01614960000", LD, 44);
  check_xlate(app, "+1 (425) 555-0100", "0014255550100", INTL, 44);
  char cc[8], city[8];
  CHECK_EQ(tapiGetLocationInfoA(cc, city), 0);
  CHECK(strcmp(cc, "44") == 0 && strcmp(city, "20") == 0);

  CHECK_RC(lineSetCurrentLocation(app, 8), 0);
  CHECK_RC(lineSetCurrentLocation(app, 0), LINEERR_INVALLOCATION);
  check_xlate(app, "+1 (206) 555-0100", "5550100", LOCAL, 1);
  check_xlate(app, "+1 (425) 555-0100", "9,14255550100", LD, 1);
  check_xlate(app, "+44 (20) 7946 0018", "9,011442079460018", INTL, 1);
  CHECK_EQ(tapiGetLocationInfoA(cc, city), 0);
  CHECK(strcmp(cc, "1") == 0 && strcmp(city, "206") == 0);
  memset(buf, 0, sizeof buf);
  c->dwTotalSize = sizeof buf;
  REQUIRE_RC(lineGetTranslateCaps(app, 0x00020002, c), 0);
  CHECK_EQ(c->dwCurrentLocationID, 8);

  CHECK_RC(lineShutdown(app), 0);
  TEST_DONE();
}
