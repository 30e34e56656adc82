package dev.transformcluster.redactor;

/**
 * The kinds of personal data the engine reports. The names are a public contract: the CLI's
 * JSON output, metric labels and policy files use them as written here.
 */
public enum EntityType {
    EMAIL_ADDRESS,
    PHONE_NUMBER,
    CREDIT_CARD,
    IP_ADDRESS,
    CRYPTO,
    IBAN_CODE,
    US_SSN,
    STREET_ADDRESS,
    PO_BOX,
    US_ZIP_CODE,
    UK_POSTCODE,
    DATE,
    TIME,
    PERSON,
    URL
}
