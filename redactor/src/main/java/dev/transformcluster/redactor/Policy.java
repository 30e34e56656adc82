package dev.transformcluster.redactor;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.transformcluster.redactor.operators.Mask;
import dev.transformcluster.redactor.operators.Operator;
import dev.transformcluster.redactor.operators.Pseudonym;
import dev.transformcluster.redactor.operators.PseudonymKey;
import dev.transformcluster.redactor.operators.Tag;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which entity types to redact, with which operator and threshold; what to do with non-text
 * attachments; how large a document may be. Loaded from a YAML or JSON policy file (format in
 * {@code policies/README.md}); {@link #defaults()} tags every type. Immutable and thread-safe.
 *
 * <p>The pseudonym key, when an operator needs one, is taken from (first that is set) the key
 * passed to {@link #load(Path, PseudonymKey)} (the CLI's {@code --pseudonym-key-file}), the
 * environment variable {@value PseudonymKey#ENV_VAR}, or the policy's {@code pseudonym.keyFile}
 * (relative to the policy file).
 */
public final class Policy {

    /** What happens to a non-text MIME part (PDF, image, archive, ...). */
    public enum AttachmentPolicy {
        /** Replace it by a short text/plain part naming its type and size (the default). */
        PLACEHOLDER,
        /** Keep it unchanged (its content is not inspected). */
        KEEP,
        /** Remove it from the message. */
        DROP
    }

    /** 32 MiB. */
    public static final long DEFAULT_MAX_DOCUMENT_BYTES = 32L << 20;

    private final Set<EntityType> enabled;
    private final Operator defaultOperator;
    private final Map<EntityType, Operator> operators;
    private final Map<EntityType, Double> minScores;
    private final Mask mask;
    private final PseudonymKey pseudonymKey;
    private final AttachmentPolicy attachments;
    private final long maxDocumentBytes;
    private final String version;
    private final Operator[] byType = new Operator[EntityType.values().length];
    private volatile Engine engine;

    private Policy(Set<EntityType> enabled, Operator defaultOperator, Map<EntityType, Operator> operators,
                   Map<EntityType, Double> minScores, Mask mask, PseudonymKey pseudonymKey,
                   AttachmentPolicy attachments, long maxDocumentBytes) {
        this.enabled = Collections.unmodifiableSet(enabled.isEmpty() ? EnumSet.noneOf(EntityType.class) : EnumSet.copyOf(enabled));
        this.defaultOperator = defaultOperator;
        this.operators = Collections.unmodifiableMap(operators.isEmpty() ? new EnumMap<>(EntityType.class) : new EnumMap<>(operators));
        this.minScores = Collections.unmodifiableMap(minScores.isEmpty() ? new EnumMap<>(EntityType.class) : new EnumMap<>(minScores));
        this.mask = mask;
        this.pseudonymKey = pseudonymKey;
        this.attachments = attachments;
        this.maxDocumentBytes = maxDocumentBytes;
        for (EntityType t : EntityType.values()) {
            byType[t.ordinal()] = this.operators.getOrDefault(t, defaultOperator);
        }
        this.version = hash(describe());
    }

    /** Every type enabled, tagged, default thresholds, attachments replaced by placeholders, 32 MiB limit. */
    public static Policy defaults() {
        return new Policy(EnumSet.allOf(EntityType.class), new Tag(), Map.of(), Map.of(), Mask.defaults(), null,
                AttachmentPolicy.PLACEHOLDER, DEFAULT_MAX_DOCUMENT_BYTES);
    }

    /** Loads a policy file (YAML, or JSON when the name ends in {@code .json}). */
    public static Policy load(Path file) throws InvalidPolicyException {
        return load(file, null, System.getenv());
    }

    /**
     * Loads a policy file; {@code pseudonymKey}, when not {@code null}, is the key for the
     * pseudonym operator and takes precedence over the environment and the file's {@code pseudonym.keyFile}.
     *
     * @throws InvalidPolicyException naming the file and the offending key or value, or the key problem
     */
    public static Policy load(Path file, PseudonymKey pseudonymKey) throws InvalidPolicyException {
        return load(file, pseudonymKey, System.getenv());
    }

    static Policy load(Path file, PseudonymKey keyOverride, Map<String, String> env) throws InvalidPolicyException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InvalidPolicyException(file + ": policy file not found");
        } catch (IOException e) {
            throw new InvalidPolicyException(file + ": cannot read policy file (" + e.getClass().getSimpleName() + ")");
        }
        boolean json = file.getFileName() != null && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
        ObjectMapper mapper = (json ? new ObjectMapper() : new ObjectMapper(new YAMLFactory()))
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        PolicyFile raw;
        try {
            raw = bytes.length == 0 ? null : mapper.readValue(bytes, PolicyFile.class);
        } catch (UnrecognizedPropertyException e) {
            throw new InvalidPolicyException(file + ": unknown key '" + pathOf(e) + "' (known keys here: "
                    + e.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.joining(", ")) + ")");
        } catch (InvalidFormatException e) {
            throw new InvalidPolicyException(file + ": bad value '" + e.getValue() + "' for '" + pathOf(e) + "'"
                    + (e.getTargetType() != null && e.getTargetType().isEnum()
                    ? " (expected one of " + Arrays.toString(e.getTargetType().getEnumConstants()) + ")" : ""));
        } catch (MismatchedInputException e) {
            throw new InvalidPolicyException(file + ": bad value for '" + pathOf(e) + "': expected " + expected(e.getTargetType()));
        } catch (JsonMappingException e) {
            throw new InvalidPolicyException(file + ": bad value for '" + pathOf(e) + "'");
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new InvalidPolicyException(file + ": not valid " + (json ? "JSON" : "YAML") + where);
        } catch (IOException e) {
            throw new InvalidPolicyException(file + ": cannot read policy file (" + e.getClass().getSimpleName() + ")");
        }
        if (raw == null) {
            throw new InvalidPolicyException(file + ": policy file is empty");
        }
        return raw.toPolicy(file, keyOverride, env);
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "another kind of value";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "a mapping of keys to values";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        return type == String.class ? "a single value" : "another kind of value";
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    /** This policy with {@code operator} for every type (the CLI's {@code --operator}). */
    public Policy withOperator(Operator operator) {
        return new Policy(enabled, operator, Map.of(), minScores, mask, pseudonymKey, attachments, maxDocumentBytes);
    }

    /**
     * This policy with the operator named {@code kind} ({@code tag}, {@code mask}, {@code pseudonym})
     * for every type; {@code mask} uses this policy's mask options, {@code pseudonym} uses
     * {@code key} or, when that is {@code null}, this policy's key.
     *
     * @throws InvalidPolicyException for an unknown kind or a pseudonym without any key
     */
    public Policy withOperator(String kind, PseudonymKey key) throws InvalidPolicyException {
        return withOperator(operatorNamed(kind, null, "--operator", key != null ? key : pseudonymKey));
    }

    private Operator operatorNamed(String kind, Path file, String where, PseudonymKey key) throws InvalidPolicyException {
        String prefix = file == null ? "" : file + ": ";
        return switch (kind == null ? "" : kind.toLowerCase(Locale.ROOT)) {
            case "tag" -> new Tag();
            case "mask" -> mask;
            case "pseudonym" -> {
                if (key == null) {
                    throw new InvalidPolicyException(prefix + "the pseudonym operator needs a key: set " + PseudonymKey.ENV_VAR
                            + " or give --pseudonym-key-file");
                }
                yield new Pseudonym(key);
            }
            default -> throw new InvalidPolicyException(prefix + "unknown operator '" + kind + "' for " + where + " (expected tag, mask or pseudonym)");
        };
    }

    /** The operator that replaces values of {@code type}. */
    public Operator operatorFor(EntityType type) {
        return byType[type.ordinal()];
    }

    /** The types this policy redacts. */
    public Set<EntityType> enabled() {
        return enabled;
    }

    /** Minimum scores per type; types not listed use 0. */
    public Map<EntityType, Double> minScores() {
        return minScores;
    }

    public AttachmentPolicy attachments() {
        return attachments;
    }

    /** Documents larger than this are refused with {@code TOO_LARGE} (the streaming path has no limit). */
    public long maxDocumentBytes() {
        return maxDocumentBytes;
    }

    /** An engine with this policy's enabled types and thresholds; built once, then shared (it is thread-safe). */
    public Engine engine() {
        Engine e = engine;
        if (e == null) {
            synchronized (this) {
                e = engine;
                if (e == null) {
                    e = Engine.create(enabled, minScores);
                    engine = e;
                }
            }
        }
        return e;
    }

    /**
     * A short stable identifier of this policy's effective content (12 hex digits of a SHA-256),
     * recorded in output metadata. Equal settings give equal versions whatever the file's layout;
     * a different pseudonym key gives a different version (through its fingerprint, not the key).
     */
    public String version() {
        return version;
    }

    /** The canonical description hashed by {@link #version()}; contains no secret. */
    public String describe() {
        StringBuilder sb = new StringBuilder("policy/1");
        sb.append(";enabled=").append(enabled);
        sb.append(";operators=");
        for (EntityType t : enabled) {
            sb.append(t).append(':').append(operatorFor(t).describe()).append(',');
        }
        sb.append(";minScores=").append(minScores);
        sb.append(";attachments=").append(attachments);
        sb.append(";maxDocumentBytes=").append(maxDocumentBytes);
        return sb.toString();
    }

    @Override
    public String toString() {
        return "Policy[" + version + "]";
    }

    private static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A policy file that cannot be used; the message names the file and the offending key or value. */
    public static final class InvalidPolicyException extends Exception {
        public InvalidPolicyException(String message) {
            super(message);
        }
    }

    /** The file format, as written; validated and turned into a {@link Policy} by {@link #toPolicy}. */
    private record PolicyFile(
            List<EntityType> enabled,
            String operator,
            Map<EntityType, String> operators,
            Map<EntityType, Double> minScores,
            MaskFile mask,
            PseudonymFile pseudonym,
            String attachments,
            Long maxDocumentBytes) {

        Policy toPolicy(Path file, PseudonymKey keyOverride, Map<String, String> env) throws InvalidPolicyException {
            Set<EntityType> types = enabled == null ? EnumSet.allOf(EntityType.class)
                    : enabled.isEmpty() ? EnumSet.noneOf(EntityType.class) : EnumSet.copyOf(enabled);
            if (enabled != null && enabled.contains(null)) {
                throw new InvalidPolicyException(file + ": 'enabled' contains an empty entry");
            }
            Mask maskOp = mask == null ? Mask.defaults() : mask.toMask(file);
            Map<EntityType, Double> scores = new EnumMap<>(EntityType.class);
            if (minScores != null) {
                for (Map.Entry<EntityType, Double> e : minScores.entrySet()) {
                    Double v = e.getValue();
                    if (v == null || v < 0 || v > 1 || v.isNaN()) {
                        throw new InvalidPolicyException(file + ": 'minScores." + e.getKey() + "' must be a number in [0, 1]");
                    }
                    scores.put(e.getKey(), v);
                }
            }
            boolean needsKey = "pseudonym".equalsIgnoreCase(operator)
                    || (operators != null && operators.values().stream().anyMatch("pseudonym"::equalsIgnoreCase));
            PseudonymKey key = keyOverride;
            if (needsKey && key == null) {
                key = resolveKey(file, env);
            }
            Policy base = new Policy(types, new Tag(), Map.of(), scores, maskOp, key, AttachmentPolicy.PLACEHOLDER, DEFAULT_MAX_DOCUMENT_BYTES);
            Operator defaultOp = operator == null ? new Tag() : base.operatorNamed(operator, file, "'operator'", key);
            Map<EntityType, Operator> perType = new EnumMap<>(EntityType.class);
            if (operators != null) {
                for (Map.Entry<EntityType, String> e : operators.entrySet()) {
                    perType.put(e.getKey(), base.operatorNamed(e.getValue(), file, "'operators." + e.getKey() + "'", key));
                }
            }
            AttachmentPolicy att = AttachmentPolicy.PLACEHOLDER;
            if (attachments != null) {
                try {
                    att = AttachmentPolicy.valueOf(attachments.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new InvalidPolicyException(file + ": bad value '" + attachments + "' for 'attachments' (expected placeholder, keep or drop)");
                }
            }
            long max = maxDocumentBytes == null ? DEFAULT_MAX_DOCUMENT_BYTES : maxDocumentBytes;
            if (max <= 0 || max > Integer.MAX_VALUE - 64) {
                throw new InvalidPolicyException(file + ": 'maxDocumentBytes' must be between 1 and " + (Integer.MAX_VALUE - 64));
            }
            return new Policy(types, defaultOp, perType, scores, maskOp, key, att, max);
        }

        private PseudonymKey resolveKey(Path file, Map<String, String> env) throws InvalidPolicyException {
            try {
                String fromEnv = env.get(PseudonymKey.ENV_VAR);
                if (fromEnv != null && !fromEnv.isBlank()) {
                    return PseudonymKey.fromEnvOrFile(null, env);
                }
                if (pseudonym != null && pseudonym.keyFile() != null) {
                    Path base = file.toAbsolutePath().getParent();
                    Path keyFile = base == null ? Path.of(pseudonym.keyFile()) : base.resolve(pseudonym.keyFile());
                    return PseudonymKey.fromEnvOrFile(keyFile, env);
                }
                return PseudonymKey.fromEnvOrFile(null, env);
            } catch (PseudonymKey.KeyException e) {
                throw new InvalidPolicyException(file + ": " + e.getMessage());
            }
        }
    }

    private record MaskFile(@JsonProperty("char") String maskChar, Map<EntityType, Integer> keepLast, Boolean keepEmailDomain) {
        Mask toMask(Path file) throws InvalidPolicyException {
            Mask d = Mask.defaults();
            char c = d.maskChar();
            if (maskChar != null) {
                if (maskChar.length() != 1) {
                    throw new InvalidPolicyException(file + ": 'mask.char' must be exactly one character");
                }
                c = maskChar.charAt(0);
            }
            Map<EntityType, Integer> keep = keepLast == null ? d.keepLast() : keepLast;
            try {
                return new Mask(c, keep, keepEmailDomain == null ? d.keepEmailDomain() : keepEmailDomain);
            } catch (IllegalArgumentException e) {
                throw new InvalidPolicyException(file + ": bad 'mask' settings: " + e.getMessage());
            }
        }
    }

    private record PseudonymFile(String keyFile) { }
}
