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

    /** French thoroughfares, written after the number: "12 rue de la Paix". */
    private static final NameDictionary FRENCH = NameDictionary.of(List.of("rue", "avenue", "boulevard", "bd",
            "place", "chemin", "allee", "impasse", "quai", "cours", "route"));
    /** Spanish, Italian, Portuguese and Catalan thoroughfares, written before the name and number: "Calle Mayor 10". */
    private static final NameDictionary ROMANCE = NameDictionary.of(List.of("calle", "via", "viale", "avenida",
            "piazza", "plaza", "paseo", "corso", "rua", "carrer", "largo", "travessa", "avinguda", "strada",
            "piazzale", "camino", "ronda"));
    /** Particles inside Romance street names ("Avenida de la Constitución"). */
    private static final NameDictionary PARTICLES = NameDictionary.of(List.of("de", "del", "la", "las", "los",
            "di", "della", "dei", "da", "do", "dos", "das", "des", "du", "le", "les", "san", "santa"));
    /** German and Dutch street-name endings, one word before the number: "Hauptstraße 5", "Keizersgracht 12". */
    private static final String[] GERMANIC_ENDINGS = {"stra\u00dfe", "strasse", "weg", "platz", "allee", "gasse",
        "damm", "ring", "ufer", "chaussee", "laan", "straat", "gracht", "plein", "kade", "dijk", "singel", "steeg"};

    private StreetWords() {
    }

    /** True when {@code t[s, e)} is a French thoroughfare word (rue, avenue, place...), any case. */
    public static boolean isFrench(char[] t, int s, int e) {
        return FRENCH.contains(t, s, e);
    }

    /** True when {@code t[s, e)} is a Spanish/Italian/Portuguese thoroughfare word (Calle, Via...). */
    public static boolean isRomance(char[] t, int s, int e) {
        return ROMANCE.contains(t, s, e);
    }

    /** True when {@code t[s, e)} is a lower-case particle of a street name (de, la, di...). */
    public static boolean isParticle(char[] t, int s, int e) {
        return PARTICLES.contains(t, s, e);
    }

    /** True when the word {@code t[s, e)} is longer than and ends with a German or Dutch street ending. */
    public static boolean endsGermanic(char[] t, int s, int e) {
        for (String x : GERMANIC_ENDINGS) {
            int from = e - x.length();
            if (from > s + 2 && regionMatches(t, from, x)) {
                return true;
            }
        }
        return false;
    }

    private static boolean regionMatches(char[] t, int from, String x) {
        for (int k = 0; k < x.length(); k++) {
            if (Chars.lower(t[from + k]) != x.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** True when {@code t[s, e)} is a street suffix (any case). */
    public static boolean isSuffix(char[] t, int s, int e) {
        return SUFFIXES.contains(t, s, e);
    }

    /** True when {@code t[s, e)} is a secondary unit designator (Apt, Suite, Unit...). */
    public static boolean isUnit(char[] t, int s, int e) {
        return UNITS.contains(t, s, e);
    }
}
