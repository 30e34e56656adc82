package dev.transformcluster.redactor.recognizers.support;

import java.util.List;
import java.util.Set;

/** Word lists that give or take away the context of a personal name. */
public final class PersonWords {

    private PersonWords() {
    }

    /** Honorifics; the name follows (with or without a period). */
    public static final NameDictionary TITLES = NameDictionary.of(List.of("mr", "mrs", "ms", "miss", "mx",
            "dr", "prof", "professor", "sir", "dame", "lord", "lady", "rev", "reverend", "fr", "herr", "frau",
            "mme", "mlle", "madame", "monsieur", "sr", "sra", "srta", "señor", "senor", "señora", "senora",
            "dott", "doctor", "capt", "captain", "col", "gen", "sgt", "lt", "hon", "judge",
            "messrs", "mssrs", "mevrouw", "meneer", "mevr", "dhr", "signora", "signor", "sig",
            "doktor", "ing"));

    /** Greetings that open a message: the name follows, then a comma or line end. */
    public static final NameDictionary GREETINGS = NameDictionary.of(List.of("dear", "hi", "hello", "hey", "good",
            "greetings", "morning", "afternoon", "evening", "hiya", "howdy", "dearest", "bonjour", "hallo",
            "hola", "ciao", "salut", "welcome", "congratulations", "congrats", "thanks", "thank", "estimado",
            "estimada", "querido", "querida", "gentile", "egregio", "liebe", "lieber", "geachte",
            "beste", "chere", "buongiorno"));

    /** Lines that close a message; the next line is the sender's name. */
    public static final Set<String> SIGN_OFFS = Set.of("regards", "best regards", "kind regards",
            "warm regards", "warmest regards", "best wishes", "best", "all the best", "thanks", "thank you",
            "many thanks", "thanks again", "thanks so much", "cheers", "sincerely", "yours sincerely",
            "sincerely yours", "yours truly", "yours faithfully", "respectfully", "cordially", "with thanks",
            "take care", "talk soon", "speak soon", "br", "rgds", "thx", "--", "-- ", "mit freundlichen grüßen",
            "cordialement", "saludos", "un saludo", "atentamente", "groeten", "met vriendelijke groet");

    /**
     * Capitalised words that are never part of a personal name here (sentence openers,
     * pronouns, header words, organisation words, calendar words).
     */
    public static final NameDictionary NOT_NAMES = NameDictionary.of(List.of("the", "this", "that",
            "these", "those", "an", "we", "you", "he", "she", "it", "they", "our", "your", "my", "his", "her",
            "their", "its", "please", "thanks", "thank", "dear", "hi", "hello", "hey", "regards", "best",
            "sincerely", "cheers", "from", "to", "cc", "bcc", "subject", "date", "re", "fwd", "fw", "on", "in",
            "at", "for", "and", "or", "but", "if", "when", "let", "can", "could", "would", "should", "as", "by",
            "of", "with", "via", "per", "see", "note", "inc", "llc", "ltd", "plc", "llp", "gmbh", "corp",
            "corporation", "company", "co", "group", "holdings", "partners", "associates", "bank", "university",
            "college", "school", "hospital", "team", "department", "dept", "office", "street", "road",
            "avenue", "building", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "mon", "tue", "wed", "thu", "fri", "sat", "sun",
            "january", "february", "march", "april", "june", "july", "september", "october",
            "november", "december", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
            "nov", "dec", "mobile", "phone", "tel", "cell", "fax", "email", "mail", "direct", "office",
            "director", "manager", "engineer", "president", "officer", "head", "lead", "senior",
            "chief", "vice", "executive", "assistant", "customer", "customers", "client", "clients", "all",
            "everyone", "folks", "guys", "colleagues", "sir", "madam", "there", "again", "yes", "no", "ok",
            "okay", "sorry", "good", "great", "also", "just", "here", "what", "who", "why", "how", "where",
            "which", "is", "are", "was", "be", "do", "does", "did", "have", "has", "had", "not", "new", "old",
            "central", "national", "international", "global", "united",
            "american", "european", "british", "english", "support", "service", "services", "sales",
            "marketing", "finance", "legal", "hr", "it", "ceo", "cto", "cfo", "coo", "vp", "ai", "api", "id",
            "ip", "url", "pdf", "faq", "usa", "uk", "eu", "us", "notice", "confidential", "confidentiality",
            "attachment", "invoice", "order", "ticket", "incident", "release", "version", "update", "meeting",
            "agenda", "project", "intelligent", "ergonomic", "rustic", "sleek", "handcrafted", "refined",
            "practical", "generic", "licensed", "awesome", "fantastic", "incredible", "gorgeous", "tasty",
            "unbranded", "small", "bespoke", "elegant", "modern", "oriental", "luxurious", "electronic",
            "recycled", "handmade", "frozen", "fresh", "soft", "hard", "wooden", "plastic", "steel", "cotton",
            "granite", "rubber", "metal", "concrete", "bronze", "gold", "silver", "christmas",
            "thanksgiving", "halloween", "hanukkah", "ramadan", "diwali", "memorial", "labor", "labour",
            "independence",
            // German, Dutch, French and Spanish function words and pronouns, capitalised in
            // sentences ("Bitte überweisen Sie den Betrag", "Wij bevestigen uw afspraak")
            "sie", "ihre", "ihr", "ihnen", "ihrer", "ihren", "der", "die", "das", "dem", "des", "wir", "ich",
            "bitte", "ein", "eine", "einen", "und", "mit", "fur", "vom", "bei", "auf", "nach", "zur",
            "zum", "ihm", "uns", "unser", "unsere", "danke", "vielen", "wij", "uw", "het", "een", "voor",
            "ons", "onze", "vous", "nous", "votre", "merci", "pour", "avec", "usted", "gracias", "para",
            "por", "nuestro", "nuestra",
            // header and field words ("Author: Jane Doe <jane@...>" in a git log)
            "author", "committer", "reviewer", "reporter", "assignee", "signed", "betreff", "datum",
            "objet", "asunto", "fecha", "aan", "onderwerp", "iban", "bic",
            // thoroughfare words of other languages ("Calle Mayor 10", "Rue Royale")
            "calle", "rue", "avenida", "strasse", "strase", "paseo", "carrer", "viale",
            // what follows "Beste", "Liebe", "Cari" when they open a sign-off rather than a greeting
            "gruse", "gruesse", "gruss", "grus", "groeten", "groet", "saluti", "saludos",
            "salutations", "wensen", "wunsche", "kollegen", "kolleginnen", "collega", "colleghi",
            "amigos", "amici", "tutti", "todos", "allemaal", "zusammen"));

    /**
     * Given names that are also everyday words ("Hope", "Faith", "Will") or header words ("Von:"):
     * alone after a weak context word (with, and, from) or as a line's "Speaker:" they are the
     * word, not a person.
     */
    public static final NameDictionary COMMON_WORD_NAMES = NameDictionary.of(List.of("hope", "faith", "grace",
            "will", "joy", "charity", "patience", "honor", "honour", "destiny", "harmony", "melody", "trinity",
            "justice", "liberty", "chance", "chase", "hunter", "summer", "autumn", "winter", "dawn", "eve",
            "ivy", "rose", "lily", "ruby", "amber", "crystal", "pearl", "jade", "sky", "rain", "river", "stone",
            "price", "rich", "guy", "frank", "drew", "mark", "bill", "pat", "art", "sunny", "may", "june",
            "april", "august", "apple", "angel", "star", "storm", "heaven", "precious", "unique", "royal",
            "king", "prince", "major", "bishop", "page", "love", "lucky", "happy", "honey", "candy", "brook",
            "forest", "cliff", "glen", "dale", "dell", "miles", "penny", "sage", "serenity", "velvet", "mercy",
            "case", "von", "van", "de", "para", "aan"));

    /** First words of place names ("San Francisco", "Fort Worth"): no name in running text. */
    public static final NameDictionary PLACE_FIRST_WORDS = NameDictionary.of(List.of("san", "santa", "los",
            "las", "fort", "mount", "saint", "new", "port", "lake", "north", "south", "east", "west", "upper",
            "lower", "great", "little", "old", "palm", "glen", "st", "sainte", "porto", "rio", "costa"));

    /** Job-title words: a sequence holding one is a role ("Future Program Associate"), not a name. */
    public static final NameDictionary JOB_WORDS = NameDictionary.of(List.of("analyst", "planner",
            "administrator", "technician", "designer", "developer", "associate", "agent", "orchestrator",
            "supervisor", "manager", "director", "engineer", "consultant", "officer", "specialist",
            "coordinator", "representative", "producer", "executive", "assistant", "strategist", "architect",
            "liaison", "facilitator", "president", "founder", "partner", "intern", "accountant", "attorney",
            "counsel", "clerk", "editor", "recruiter", "advisor", "adviser", "scientist", "researcher",
            "programmer", "operator", "owner", "chair", "chairman", "secretary", "treasurer", "lead",
            "head", "vp", "ceo", "cto", "cfo", "coo", "cio", "ciso", "dba", "sre", "devops"));

    /** Words that end place names ("Orland Park", "Delray Beach"). */
    public static final NameDictionary PLACE_WORDS = NameDictionary.of(List.of("park", "beach",
            "springs", "city", "falls", "heights", "village", "valley", "harbor", "harbour", "lake",
            "bay", "island", "islands", "county", "township", "creek", "junction", "keynes", "street", "road",
            "avenue", "square", "house", "tower", "building", "centre", "center", "plaza", "mall"));

    /** Phrases right after a name-shaped sequence that make it a person ("X will take over"). */
    public static final List<String> AFTER_NAME = List.of(" will ", " is available", " is out", " is on ",
            " directly", " from ", " wrote", " said", " says", " asked", " has ", " was ", " and i ", ", who ",
            "'s ", " (cc", " cc'd", " is the ", " will be", " is leaving", " joined", " left", " mentioned",
            " confirmed", " called", " emailed", " replied", " for the quick", " on the ");

    /** Words after a capitalised sequence that make it an organisation, not a person. */
    public static final NameDictionary ORG_SUFFIXES = NameDictionary.of(List.of("llc", "inc", "ltd", "plc",
            "llp", "gmbh", "ag", "sa", "sas", "sarl", "bv", "nv", "ab", "oy", "as", "spa", "srl", "kk", "pty",
            "corp", "corporation", "company", "co", "group", "holdings", "partners", "associates", "bank",
            "foundation", "institute", "university", "college", "school", "hospital", "labs", "technologies",
            "systems", "solutions", "consulting", "ventures", "capital", "industries", "enterprises",
            "international", "limited", "incorporated", "trust", "fund", "agency", "studio", "studios",
            "media", "press", "software", "networks", "logistics", "services", "house", "street",
            "road", "avenue", "lane", "park", "square", "center", "centre", "city", "county", "airport",
            "traders", "trading", "motors", "airlines", "airways", "pharmaceuticals", "pharma", "energy", "foods",
            "insurance", "realty", "properties", "construction", "electronics", "communications", "telecom",
            "consultants", "advisors", "capital", "bancorp", "brands", "retail", "stores", "restaurant",
            "hotel", "hotels", "resort", "clinic", "pharmacy", "award", "awards", "prize", "fellowship",
            "scholarship", "lecture", "memorial", "museum", "library", "bridge", "tunnel", "stadium", "arena",
            "theater", "theatre", "festival", "conference", "summit", "expo", "day", "eve", "week",
            "pay", "cloud", "store", "app", "apps", "platform", "suite", "edition", "series", "pro", "plus",
            "meet", "docs", "sheets", "slides", "maps", "workspace", "calendar", "photos", "analytics"));

    /** Verbs and phrases after which a lone given name is a person ("ask Brant whether"). */
    public static final List<String> BEFORE_LONE_NAME = List.of("ask", "asked", "tell", "told", "ping",
            "pinged", "thank", "thanks to", "cc", "cc'd", "loop in", "spoke with", "spoke to", "talked to",
            "talk to", "met with", "meet with", "reach", "remind", "contact", "email", "call", "message",
            "from", "with", "and", "cc:", "there is", "loop in", "reach out to", "attn", "attn:", "attention", "hey", "hi",
            "dear", "hello", "door", "par", "por", "von", "met", "avec", "con", "mit");
}
