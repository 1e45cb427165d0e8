package de.schulplatz.settings;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Refuses to start with a setting under {@code schulplatz.} that nothing reads: a mistyped key such as
 * {@code schulplatz.weights.fair-sprad=0} would otherwise be ignored silently, and an adviser would believe
 * a weight is off while it is on. The known keys are those of the settings records
 * ({@code @ConfigurationProperties} under {@code de.schulplatz}); every key given in a file, on the command
 * line, as a system property or as an environment variable ({@code SCHULPLATZ_…}) must be one of them, in
 * any of Spring's relaxed spellings.
 */
public final class SettingsCheck {

    private static final String PREFIX = "schulplatz.";
    private static final String ENV_PREFIX = "SCHULPLATZ_";
    private static final String BASE_PACKAGE = "de.schulplatz";

    /** A known key, as written in the docs, and the pattern its spellings reduce to. */
    private record Known(String key, Pattern pattern) {
    }

    private final List<Known> known;

    /** In a known key: "[*]" any list index, ".*" any further key (a map's). */
    private SettingsCheck(List<String> knownKeys) {
        this.known = knownKeys.stream().map(key -> new Known(key, Pattern.compile(reduced(key.replace("[*]", "#")
                .replace(".*", "%")).replace("#", "\\d+").replace("%", ".*")))).toList();
    }

    /** The known keys of every settings record in the application. */
    public static SettingsCheck ofApplication() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
        List<String> keys = new ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents(BASE_PACKAGE)) {
            Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), SettingsCheck.class.getClassLoader());
            ConfigurationProperties properties = type.getAnnotation(ConfigurationProperties.class);
            String prefix = properties.prefix().isEmpty() ? properties.value() : properties.prefix();
            if (prefix.startsWith(PREFIX)) {
                collect(prefix, type, keys);
            }
        }
        return of(keys);
    }

    static SettingsCheck of(List<String> knownKeys) {
        return new SettingsCheck(List.copyOf(knownKeys));
    }

    /** @throws IllegalStateException with a German message naming every unknown key and the closest known one */
    public void check(ConfigurableEnvironment environment) {
        Map<String, String> unknown = new TreeMap<>();
        for (PropertySource<?> source : environment.getPropertySources()) {
            if (!(source instanceof EnumerablePropertySource<?> enumerable)) {
                continue;
            }
            for (String name : enumerable.getPropertyNames()) {
                boolean ours = name.toLowerCase(Locale.ROOT).startsWith(PREFIX) || name.startsWith(ENV_PREFIX);
                if (ours && !isKnown(name)) {
                    unknown.putIfAbsent(name, closest(name));
                }
            }
        }
        if (!unknown.isEmpty()) {
            List<String> lines = new ArrayList<>();
            unknown.forEach((name, closest) -> lines.add("„" + name + "“" + (closest == null ? ""
                    : " (gemeint ist wohl „" + closest + "“)")));
            throw new IllegalStateException((unknown.size() == 1 ? "unbekannte Einstellung " : "unbekannte Einstellungen ")
                    + String.join(", ", lines) + "; bekannt sind die Einstellungen in README.md und docs/");
        }
    }

    List<String> knownKeys() {
        return known.stream().map(Known::key).toList();
    }

    private boolean isKnown(String name) {
        String reduced = reduced(name);
        return known.stream().anyMatch(key -> key.pattern().matcher(reduced).matches());
    }

    /** The known key within a few typing errors of the name (after "schulplatz."), if any. */
    private String closest(String name) {
        String spelled = (name.startsWith(ENV_PREFIX) ? name.replace('_', '.') : name).toLowerCase(Locale.ROOT)
                .substring(PREFIX.length());
        LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
        return known.stream().map(Known::key)
                .min(Comparator.comparingInt((String key) -> distance.apply(spelled, tail(key))))
                .filter(key -> distance.apply(spelled, tail(key)) <= Math.max(2, tail(key).length() / 4))
                .orElse(null);
    }

    private static String tail(String key) {
        return key.substring(PREFIX.length()).replace("[*]", "[0]");
    }

    /**
     * A key without what Spring's relaxed binding ignores: case, dashes, underscores and dots, so that
     * {@code schulplatz.weights.fair-spread}, {@code schulplatz.weights.fairSpread} and
     * {@code SCHULPLATZ_WEIGHTS_FAIRSPREAD} all reduce to {@code schulplatzweightsfairspread}; list indices
     * ({@code [0]}, {@code _0_}) stay as digits.
     */
    private static String reduced(String key) {
        return key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9#%]", "");
    }

    private static void collect(String prefix, Class<?> type, List<String> keys) {
        if (!type.isRecord()) {
            keys.add(prefix + ".*");
            return;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            String key = prefix + "." + dashed(component.getName());
            Class<?> valueType = component.getType();
            if (valueType.isRecord()) {
                collect(key, valueType, keys);
            } else if (Collection.class.isAssignableFrom(valueType) || valueType.isArray()) {
                Class<?> element = elementType(component.getGenericType());
                if (element != null && element.isRecord()) {
                    collect(key + "[*]", element, keys);
                } else {
                    keys.add(key);
                    keys.add(key + "[*]");
                }
            } else if (Map.class.isAssignableFrom(valueType)) {
                keys.add(key + ".*");
            } else {
                keys.add(key);
            }
        }
    }

    private static Class<?> elementType(Type generic) {
        if (generic instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        return null;
    }

    private static String dashed(String camelCase) {
        return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
