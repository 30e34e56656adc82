package dev.transformcluster.redactor.recognizers.support;

import java.util.List;

/**
 * Street suffixes: the USPS Publication 28 primary suffix names and their standard
 * abbreviations, plus common British thoroughfare names.
 */
public final class StreetWords {

    private static final NameDictionary SUFFIXES;
    private static final NameDictionary UNITS = NameDictionary.of(List.of("apt", "apartment", "suite", "ste", "unit", "floor", "fl",
            "room", "rm", "bldg", "building", "dept", "lot", "space", "spc", "trlr", "office", "flat"));

    static {
        String usps = "alley aly allee annex anx arcade arc avenue ave av bayou byu beach bch bend bnd bluff blf "
                + "bluffs blfs bottom btm boulevard blvd branch br bridge brg brook brk brooks burg bg burgs "
                + "bypass byp camp cp canyon cyn cape cpe causeway cswy center ctr centers circle cir circles "
                + "cirs cliff clf cliffs clfs club clb common cmn commons corner cor corners cors course crse "
                + "court ct courts cts cove cv coves creek crk crescent cres crest crst crossing xing "
                + "crossroad xrd curve curv dale dl dam dm divide dv drive dr drives drs estate est estates "
                + "ests expressway expy extension ext extensions falls fls ferry fry field fld fields flds "
                + "flat flt flats flts ford frd fords forest frst forge frg forges fork frk forks frks fort ft "
                + "freeway fwy garden gdn gardens gdns gateway gtwy glen gln glens green grn greens grove grv "
                + "groves harbor hbr harbors haven hvn heights hts highway hwy hill hl hills hls hollow holw "
                + "inlet inlt island is islands iss isle junction jct junctions key ky keys knoll knl knolls "
                + "lake lk lakes lks land landing lndg lane ln light lgt lights loaf lf lock lck locks lodge "
                + "ldg loop mall manor mnr manors meadow mdw meadows mdws mews mill ml mills mission msn "
                + "motorway mtwy mount mt mountain mtn mountains neck nck orchard orch oval parade park parks "
                + "parkway pkwy parkways pass passage psge path pike pine pne pines place pl plain pln plains "
                + "plaza plz point pt points port prt ports prairie pr radial radl ramp ranch rnch rapid rpd "
                + "rapids rest rst ridge rdg ridges river riv road rd roads route rte row rue run shoal shl "
                + "shoals shore shr shores skyway sky spring spg springs spur spurs square sq squares station "
                + "sta stravenue stra stream strm street st streets sts summit smt terrace ter throughway "
                + "trwy trace trce track trak trafficway trfy trail trl trailer tunnel tunl turnpike tpke "
                + "overpass opas underpass upas union un unions valley vly valleys via viaduct vdct view vw views village "
                + "vlg villages fall ville vl vista vis walk walks wall way wy ways well wl wells "
                + "close broadway ridgeway rise gate gardens wynd crescent embankment quay hill";
        SUFFIXES = NameDictionary.of(List.of(usps.split(" ")));
    }

    private StreetWords() {
    }

    /** True when {@code t[s, e)} is a street suffix (any case). */
    public static boolean isSuffix(CharSequence t, int s, int e) {
        return SUFFIXES.contains(t, s, e);
    }

    /** True when {@code t[s, e)} is a secondary unit designator (Apt, Suite, Unit...). */
    public static boolean isUnit(CharSequence t, int s, int e) {
        return UNITS.contains(t, s, e);
    }
}
