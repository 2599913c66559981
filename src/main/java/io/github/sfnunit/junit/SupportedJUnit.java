package io.github.sfnunit.junit;

import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The JUnit Jupiter versions the extension supports: 5.9 and later on the 5.x line, and 6.x. The build runs the
 * sample tests on 5.9.0, the newest 5.x and the newest 6.x (docs/compatibility.md). On an older Jupiter the
 * extension refuses to run with one message naming both versions, instead of failing later with a linkage error
 * deep in JUnit.
 */
final class SupportedJUnit {

    static final String OLDEST = "5.9";

    /** {@code null} when the Jupiter on the class path is supported (or does not say its version). */
    private static final String PROBLEM = problemWith(
            ExtensionContext.class.getPackage().getImplementationVersion(),
            StateMachineExtension.class.getPackage().getImplementationVersion());

    private SupportedJUnit() {}

    /** Throws when the test runs on a JUnit Jupiter older than {@value #OLDEST}. */
    static void require() {
        if (PROBLEM != null) {
            throw new ExtensionConfigurationException(PROBLEM);
        }
    }

    /**
     * The message for a Jupiter version, or {@code null} when it is supported or unknown (a repackaged JUnit may not
     * carry its version; it is then given the benefit of the doubt).
     */
    static String problemWith(String jupiterVersion, String sfnUnitVersion) {
        if (jupiterVersion == null || isSupported(jupiterVersion)) {
            return null;
        }
        return "sfn-unit" + (sfnUnitVersion == null ? "" : " " + sfnUnitVersion)
                + " needs JUnit Jupiter " + OLDEST + " or later (5.x from " + OLDEST + ", or 6.x), but this test runs"
                + " on JUnit Jupiter " + jupiterVersion + ". Upgrade junit-jupiter (or the junit-bom) to "
                + OLDEST + ".0 or later.";
    }

    private static boolean isSupported(String version) {
        String[] parts = version.split("[.-]", 3);
        try {
            int major = Integer.parseInt(parts[0]);
            int minor = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
            return major > 5 || (major == 5 && minor >= 9);
        } catch (NumberFormatException unparseable) {
            return true;
        }
    }
}
