//! Address translation, telephony locations, countries and the provider list:
//! `lineTranslateAddress`, `lineGetTranslateCaps`, `lineSetCurrentLocation`,
//! `tapiGetLocationInfo`, `lineGetCountry`, `lineGetProviderList`. The simulated
//! system's locations and rules live in `sim::locations`; this file checks and converts.

use std::ffi::c_void;
use std::mem::{offset_of, size_of};

use super::ptr::{caller_struct, check_ptr};
use super::varstruct::{put, Block, VarOut};
use super::{ffi_fn, Strings};
use crate::core::{is_known_version, Result};
use crate::sim::locations::{self, CARDS, COUNTRIES};
use crate::{runtime, sim, simulator};
use tapi32_defs::*;

/// The lowest API version of `lineGetCountry` and `lineGetProviderList` (TAPI 1.4).
const VERSION_1_4: u32 = 0x0001_0004;

/// Checks the application and version of the translation functions: a TAPI 2.x program
/// may pass a NULL `hLineApp` before it initializes, as Microsoft's reference allows.
fn check_app_version(happ: HLINEAPP, version: DWORD) -> Result<()> {
    if !(happ == 0 && version >= 0x0002_0000) {
        runtime().check_app(happ)?;
    }
    if !is_known_version(version) {
        return Err(LineError::INCOMPATIBLEAPIVERSION);
    }
    Ok(())
}

/// The caller's structure at `p` as a slice, at least `fixed` bytes.
///
/// # Safety
/// As [`caller_struct`].
unsafe fn caller_buf<'a, T>(
    p: *mut T,
    fixed: usize,
) -> Result<&'a mut [std::mem::MaybeUninit<u8>]> {
    // SAFETY: forwarded contract.
    let buf = unsafe { caller_struct(p) }?;
    if buf.len() < fixed {
        return Err(LineError::STRUCTURETOOSMALL);
    }
    Ok(buf)
}

#[allow(clippy::too_many_arguments)]
unsafe fn translate_address(
    happ: HLINEAPP,
    device: DWORD,
    version: DWORD,
    input: *const c_void,
    card: DWORD,
    options: DWORD,
    out: LPLINETRANSLATEOUTPUT,
    strings: Strings,
) -> Result<LONG> {
    check_app_version(happ, version)?;
    if device >= runtime().num_devices() {
        return Err(LineError::BADDEVICEID);
    }
    check_ptr(out, 4)?;
    check_ptr(input, 1)?;
    // SAFETY: a NUL-terminated string of this encoding, per the API contract.
    let input = unsafe { strings.read(input) }?.ok_or(LineError::INVALPOINTER)?;
    // SAFETY: the caller provides dwTotalSize bytes at `out`.
    let buf = unsafe { caller_buf(out, size_of::<LINETRANSLATEOUTPUT>()) }?;
    let t = simulator()
        .locations()
        .translate(&input, card, options, version)?;
    let image = LINETRANSLATEOUTPUT {
        dwCurrentCountry: t.current_country,
        dwDestCountry: t.dest_country,
        dwTranslateResults: t.results,
        ..Default::default()
    };
    let mut v = VarOut::new(buf, &image, size_of::<LINETRANSLATEOUTPUT>());
    v.text(
        offset_of!(LINETRANSLATEOUTPUT, dwDialableStringSize),
        Some(&t.dialable),
        strings,
    );
    v.text(
        offset_of!(LINETRANSLATEOUTPUT, dwDisplayableStringSize),
        Some(&t.displayable),
        strings,
    );
    v.finish();
    Ok(0)
}

ffi_fn! {
    /// Translates an address for dialling from the current location.
    ///
    /// * `hLineApp`: the application; a TAPI 2.x caller (`dwAPIVersion` 2.0 or later)
    ///   may pass NULL before it initializes.
    /// * `dwDeviceID`: the line device the call will be made on.
    /// * `dwAPIVersion`: the highest version the application supports.
    /// * `lpszAddressIn`: a canonical address (`+CountryCode (AreaCode) Subscriber`, e.g.
    ///   `+1 (425) 555-0100`; only the first of several, without subaddress or name) or
    ///   any dialable string, which is passed through unchanged (`dwDestCountry` 0, no
    ///   `LINETRANSLATERESULT_CANONICAL`).
    /// * `dwCard`: a calling card ID, used only with `LINETRANSLATEOPTION_CARDOVERRIDE`;
    ///   the one card is 0, "None (Direct Dial)".
    /// * `dwTranslateOptions`: `LINETRANSLATEOPTION_*`; `FORCELOCAL` and `FORCELD`
    ///   (API 2.0 and later) exclude each other.
    /// * `lpTranslateOutput`: `dwTotalSize` at least `sizeof(LINETRANSLATEOUTPUT)`; the
    ///   dialable and displayable strings (the same here: no card number to hide) follow,
    ///   each whole or not at all.
    ///
    /// The location's country gives the rules: same country and area code (or none
    /// given) is local (`SameAreaRule`, after the location's local access code), the
    /// same country otherwise long distance (`LongDistanceRule`), another country
    /// international (`InternationalRule`), both after the long-distance access code.
    ///
    /// Returns 0, or `LINEERR_UNINITIALIZED`, `LINEERR_INVALAPPHANDLE`,
    /// `LINEERR_INCOMPATIBLEAPIVERSION`, `LINEERR_BADDEVICEID`, `LINEERR_INVALPOINTER`,
    /// `LINEERR_STRUCTURETOOSMALL`, `LINEERR_INVALPARAM` (unknown or conflicting
    /// options), `LINEERR_INVALCARD`, `LINEERR_INVALADDRESS` (empty, or `+` and not
    /// canonical).
    unsafe fn [ansi lineTranslateAddress, ansi lineTranslateAddressA, wide lineTranslateAddressW](
        hLineApp: HLINEAPP,
        dwDeviceID: DWORD,
        dwAPIVersion: DWORD,
        lpszAddressIn: LPCTSTR,
        dwCard: DWORD,
        dwTranslateOptions: DWORD,
        lpTranslateOutput: LPLINETRANSLATEOUTPUT,
    ) -> LONG |strings| {
        // SAFETY: forwarded API contract.
        unsafe {
            translate_address(
                hLineApp,
                dwDeviceID,
                dwAPIVersion,
                lpszAddressIn.cast(),
                dwCard,
                dwTranslateOptions,
                lpTranslateOutput,
                strings,
            )
        }
    }
}

unsafe fn translate_caps(
    happ: HLINEAPP,
    version: DWORD,
    caps: LPLINETRANSLATECAPS,
    strings: Strings,
) -> Result<LONG> {
    check_app_version(happ, version)?;
    check_ptr(caps, 4)?;
    // SAFETY: the caller provides dwTotalSize bytes at `caps`.
    let buf = unsafe { caller_buf(caps, size_of::<LINETRANSLATECAPS>()) }?;
    let locs = simulator().locations();
    let all = locs.all();
    let current = locs.current();
    let image = LINETRANSLATECAPS {
        dwNumLocations: all.len() as u32,
        dwCurrentLocationID: current.id,
        dwNumCards: CARDS.len() as u32,
        dwCurrentPreferredCardID: CARDS[0].id,
        ..Default::default()
    };
    let mut v = VarOut::new(buf, &image, size_of::<LINETRANSLATECAPS>());
    let mut b = Block::new(v.next_offset(), all.len(), size_of::<LINELOCATIONENTRY>());
    for l in all {
        let (dwLocationNameSize, dwLocationNameOffset) = b.text(&l.name, strings);
        let (dwCityCodeSize, dwCityCodeOffset) = b.text(&l.area_code, strings);
        let (dwLocalAccessCodeSize, dwLocalAccessCodeOffset) = b.text(&l.local_access, strings);
        let (dwLongDistanceAccessCodeSize, dwLongDistanceAccessCodeOffset) =
            b.text(&l.long_distance_access, strings);
        let (dwTollPrefixListSize, dwTollPrefixListOffset) = b.text("", strings);
        let (dwCancelCallWaitingSize, dwCancelCallWaitingOffset) = b.text("", strings);
        b.entry(&LINELOCATIONENTRY {
            dwPermanentLocationID: l.id,
            dwLocationNameSize,
            dwLocationNameOffset,
            dwCountryCode: l.country_code,
            dwCityCodeSize,
            dwCityCodeOffset,
            dwPreferredCardID: CARDS[0].id,
            dwLocalAccessCodeSize,
            dwLocalAccessCodeOffset,
            dwLongDistanceAccessCodeSize,
            dwLongDistanceAccessCodeOffset,
            dwTollPrefixListSize,
            dwTollPrefixListOffset,
            dwCountryID: l.country_id,
            dwOptions: 0,
            dwCancelCallWaitingSize,
            dwCancelCallWaitingOffset,
        });
    }
    v.block(offset_of!(LINETRANSLATECAPS, dwLocationListSize), b);
    let mut b = Block::new(v.next_offset(), CARDS.len(), size_of::<LINECARDENTRY>());
    for c in CARDS {
        let (dwCardNameSize, dwCardNameOffset) = b.text(c.name, strings);
        let (dwSameAreaRuleSize, dwSameAreaRuleOffset) = b.text("", strings);
        let (dwLongDistanceRuleSize, dwLongDistanceRuleOffset) = b.text("", strings);
        let (dwInternationalRuleSize, dwInternationalRuleOffset) = b.text("", strings);
        b.entry(&LINECARDENTRY {
            dwPermanentCardID: c.id,
            dwCardNameSize,
            dwCardNameOffset,
            dwCardNumberDigits: 0,
            dwSameAreaRuleSize,
            dwSameAreaRuleOffset,
            dwLongDistanceRuleSize,
            dwLongDistanceRuleOffset,
            dwInternationalRuleSize,
            dwInternationalRuleOffset,
            dwOptions: c.options,
        });
    }
    v.block(offset_of!(LINETRANSLATECAPS, dwCardListSize), b);
    v.finish();
    Ok(0)
}

ffi_fn! {
    /// Returns the telephony locations and calling cards (`LINETRANSLATECAPS`).
    ///
    /// * `hLineApp`: the application; NULL is allowed with `dwAPIVersion` 2.0 or later.
    /// * `lpTranslateCaps`: `dwTotalSize` at least `sizeof(LINETRANSLATECAPS)`. The
    ///   `LINELOCATIONENTRY` array with its strings, then the `LINECARDENTRY` array
    ///   ("None (Direct Dial)", ID 0) with its strings follow, each whole or not at all;
    ///   string offsets count from the start of `LINETRANSLATECAPS`.
    ///
    /// Returns 0, or `LINEERR_UNINITIALIZED`, `LINEERR_INVALAPPHANDLE`,
    /// `LINEERR_INCOMPATIBLEAPIVERSION`, `LINEERR_INVALPOINTER`, `LINEERR_STRUCTURETOOSMALL`.
    unsafe fn [ansi lineGetTranslateCaps, ansi lineGetTranslateCapsA, wide lineGetTranslateCapsW](
        hLineApp: HLINEAPP,
        dwAPIVersion: DWORD,
        lpTranslateCaps: LPLINETRANSLATECAPS,
    ) -> LONG |strings| {
        // SAFETY: forwarded API contract.
        unsafe { translate_caps(hLineApp, dwAPIVersion, lpTranslateCaps, strings) }
    }
}

ffi_fn! {
    /// Makes location `dwLocation` (a `dwPermanentLocationID` of `lineGetTranslateCaps`)
    /// current for the whole process; later translations use its rules.
    ///
    /// Returns 0, or `LINEERR_UNINITIALIZED`, `LINEERR_INVALAPPHANDLE`,
    /// `LINEERR_INVALLOCATION`.
    fn lineSetCurrentLocation(
        hLineApp: HLINEAPP,
        dwLocation: DWORD,
    ) -> LONG {
        runtime().check_app(hLineApp)?;
        simulator().locations().set_current(dwLocation)?;
        Ok(0)
    }
}

/// Writes `s` (at most 7 characters) and a NUL to the caller's 8-character buffer `p`.
///
/// # Safety
/// `p` must be valid for 8 characters of this encoding (checked for NULL already).
unsafe fn put_short(p: *mut c_void, s: &str, strings: Strings) {
    let s: String = s.chars().take(7).collect();
    let enc = strings.encode(&s);
    // SAFETY: at most 8 characters with the NUL, within the caller's buffer.
    let dst = unsafe { std::slice::from_raw_parts_mut(p.cast(), enc.len()) };
    put(dst, &enc);
}

ffi_fn! {
    /// Returns the current location's country code and city (area) code as strings.
    ///
    /// * `lpszCountryCode`, `lpszCityCode`: buffers of at least 8 characters each (with
    ///   the NUL); the library writes at most that.
    ///
    /// Returns 0, or `TAPIERR_INVALPOINTER` for a NULL or unusable buffer.
    unsafe fn [ansi tapiGetLocationInfo, ansi tapiGetLocationInfoA, wide tapiGetLocationInfoW](
        lpszCountryCode: LPTSTR,
        lpszCityCode: LPTSTR,
    ) -> LONG |strings| {
        let unit = strings.unit();
        if check_ptr(lpszCountryCode, 8 * unit).is_err()
            || check_ptr(lpszCityCode, 8 * unit).is_err()
        {
            return Ok(TAPIERR_INVALPOINTER);
        }
        let l = simulator().locations().current();
        // SAFETY: the caller provides 8 characters at each, per the API contract.
        unsafe {
            put_short(lpszCountryCode.cast(), &l.country_code.to_string(), strings);
            put_short(lpszCityCode.cast(), &l.area_code, strings);
        }
        Ok(0)
    }
}

unsafe fn get_country(
    id: DWORD,
    version: DWORD,
    list: LPLINECOUNTRYLIST,
    strings: Strings,
) -> Result<LONG> {
    if !is_known_version(version) || version < VERSION_1_4 {
        return Err(LineError::INCOMPATIBLEAPIVERSION);
    }
    let chosen: Vec<&locations::Country> = if id == 0 {
        COUNTRIES.iter().collect()
    } else {
        vec![locations::country(id).ok_or(LineError::INVALCOUNTRYCODE)?]
    };
    check_ptr(list, 4)?;
    // SAFETY: the caller provides dwTotalSize bytes at `list`.
    let buf = unsafe { caller_buf(list, size_of::<LINECOUNTRYLIST>()) }?;
    let image = LINECOUNTRYLIST {
        dwNumCountries: chosen.len() as u32,
        ..Default::default()
    };
    let mut v = VarOut::new(buf, &image, size_of::<LINECOUNTRYLIST>());
    let mut b = Block::new(v.next_offset(), chosen.len(), size_of::<LINECOUNTRYENTRY>());
    for c in chosen {
        let (dwCountryNameSize, dwCountryNameOffset) = b.text(c.name, strings);
        let (dwSameAreaRuleSize, dwSameAreaRuleOffset) = b.text(c.same_area, strings);
        let (dwLongDistanceRuleSize, dwLongDistanceRuleOffset) = b.text(c.long_distance, strings);
        let (dwInternationalRuleSize, dwInternationalRuleOffset) = b.text(c.international, strings);
        b.entry(&LINECOUNTRYENTRY {
            dwCountryID: c.id,
            dwCountryCode: c.code,
            dwNextCountryID: locations::next_country_id(c.id),
            dwCountryNameSize,
            dwCountryNameOffset,
            dwSameAreaRuleSize,
            dwSameAreaRuleOffset,
            dwLongDistanceRuleSize,
            dwLongDistanceRuleOffset,
            dwInternationalRuleSize,
            dwInternationalRuleOffset,
        });
    }
    v.block(offset_of!(LINECOUNTRYLIST, dwCountryListSize), b);
    v.finish();
    Ok(0)
}

ffi_fn! {
    /// Returns countries and their dialing rules (`LINECOUNTRYLIST` of
    /// `LINECOUNTRYENTRY`), from a built-in table: the United States and Canada (both
    /// code 1), the Netherlands, France, the United Kingdom, Germany, Australia, Japan,
    /// India. Rules are written as Windows writes them (`E` country code, `F` area code,
    /// `G` subscriber number).
    ///
    /// * `dwCountryID`: a country ID, or 0 for all (linked by `dwNextCountryID`, 0 after
    ///   the last).
    /// * `dwAPIVersion`: 1.4 or later.
    /// * `lpLineCountryList`: `dwTotalSize` at least `sizeof(LINECOUNTRYLIST)`; the entries
    ///   and their strings follow, whole or not at all.
    ///
    /// Returns 0, or `LINEERR_INCOMPATIBLEAPIVERSION`, `LINEERR_INVALCOUNTRYCODE`,
    /// `LINEERR_INVALPOINTER`, `LINEERR_STRUCTURETOOSMALL`.
    unsafe fn [ansi lineGetCountry, ansi lineGetCountryA, wide lineGetCountryW](
        dwCountryID: DWORD,
        dwAPIVersion: DWORD,
        lpLineCountryList: LPLINECOUNTRYLIST,
    ) -> LONG |strings| {
        // SAFETY: forwarded API contract.
        unsafe { get_country(dwCountryID, dwAPIVersion, lpLineCountryList, strings) }
    }
}

unsafe fn provider_list(
    version: DWORD,
    list: LPLINEPROVIDERLIST,
    strings: Strings,
) -> Result<LONG> {
    if !is_known_version(version) || version < VERSION_1_4 {
        return Err(LineError::INCOMPATIBLEAPIVERSION);
    }
    check_ptr(list, 4)?;
    // SAFETY: the caller provides dwTotalSize bytes at `list`.
    let buf = unsafe { caller_buf(list, size_of::<LINEPROVIDERLIST>()) }?;
    let image = LINEPROVIDERLIST {
        dwNumProviders: 1,
        ..Default::default()
    };
    let mut v = VarOut::new(buf, &image, size_of::<LINEPROVIDERLIST>());
    let mut b = Block::new(v.next_offset(), 1, size_of::<LINEPROVIDERENTRY>());
    let (dwProviderFilenameSize, dwProviderFilenameOffset) = b.text(sim::PROVIDER_FILE, strings);
    b.entry(&LINEPROVIDERENTRY {
        dwPermanentProviderID: sim::PROVIDER_ID,
        dwProviderFilenameSize,
        dwProviderFilenameOffset,
    });
    v.block(offset_of!(LINEPROVIDERLIST, dwProviderListSize), b);
    v.finish();
    Ok(0)
}

ffi_fn! {
    /// Returns the installed service providers (`LINEPROVIDERLIST`): one, the simulated
    /// provider, `dwPermanentProviderID` 1, file name `tapisim.tsp`.
    ///
    /// * `dwAPIVersion`: 1.4 or later.
    /// * `lpProviderList`: `dwTotalSize` at least `sizeof(LINEPROVIDERLIST)`; the entry
    ///   and its file name follow, whole or not at all.
    ///
    /// Returns 0, or `LINEERR_INCOMPATIBLEAPIVERSION`, `LINEERR_INVALPOINTER`,
    /// `LINEERR_STRUCTURETOOSMALL`.
    unsafe fn [ansi lineGetProviderList, ansi lineGetProviderListA, wide lineGetProviderListW](
        dwAPIVersion: DWORD,
        lpProviderList: LPLINEPROVIDERLIST,
    ) -> LONG |strings| {
        // SAFETY: forwarded API contract.
        unsafe { provider_list(dwAPIVersion, lpProviderList, strings) }
    }
}
