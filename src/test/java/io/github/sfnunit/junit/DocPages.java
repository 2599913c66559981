package io.github.sfnunit.junit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/** The fenced code blocks of a page under {@code docs/}, for tests that keep a page true to the code. */
final class DocPages {

    private static final Pattern CODE_BLOCK = Pattern.compile("```(\\w*)\\n(.*?)```", Pattern.DOTALL);

    private DocPages() {}

    /**
     * The bodies of the blocks fenced as {@code language} ({@code ""} for plain fences), in page order, each ending
     * with its last line's newline.
     */
    static List<String> codeBlocks(String page, String language) throws IOException {
        return CODE_BLOCK
                .matcher(Files.readString(Path.of("docs", page)))
                .results()
                .filter(match -> match.group(1).equals(language))
                .map(match -> match.group(2))
                .toList();
    }
}
