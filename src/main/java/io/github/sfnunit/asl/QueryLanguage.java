package io.github.sfnunit.asl;

/**
 * The query language of a definition or a state: {@code "QueryLanguage": "JSONPath" | "JSONata"}.
 *
 * @since 0.1.0
 */
public enum QueryLanguage {
    JSONPATH("JSONPath"),
    JSONATA("JSONata");

    private final String aslName;

    QueryLanguage(String aslName) {
        this.aslName = aslName;
    }

    /** The spelling used in ASL. */
    public String aslName() {
        return aslName;
    }

    /** The language for an ASL spelling, or {@code null} when the spelling is not one AWS accepts. */
    public static QueryLanguage fromAslName(String name) {
        for (QueryLanguage language : values()) {
            if (language.aslName.equals(name)) {
                return language;
            }
        }
        return null;
    }
}
