package io.github.iamuser.docs;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * One {@code ```java} block of a Markdown page, taken verbatim (only the fence's own indentation is
 * taken off, as Markdown does): where it is ({@code file}, the fence's 1-based {@code line}) and its
 * text, a whole compilation unit that must compile as it stands.
 */
record DocSnippet(Path file, int line, String code) {
    private static final Pattern FENCE = Pattern.compile("^( *)```java\\s*$");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+)\\s*;");
    private static final Pattern TOP_TYPE =
            Pattern.compile("(?m)^(public\\s+)?(?:final\\s+|abstract\\s+)*(?:class|record|interface|enum)\\s+(\\w+)");
    private static final Pattern MAIN = Pattern.compile("static\\s+void\\s+main\\s*\\(");

    /** Every {@code ```java} block of {@code markdown}, in order. */
    static List<DocSnippet> extract(Path markdown) throws IOException {
        List<String> lines = Files.readAllLines(markdown, StandardCharsets.UTF_8);
        List<DocSnippet> snippets = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher fence = FENCE.matcher(lines.get(i));
            if (!fence.matches()) {
                continue;
            }
            String indent = fence.group(1);
            StringBuilder code = new StringBuilder();
            int j = i + 1;
            while (j < lines.size() && !lines.get(j).equals(indent + "```")) {
                String line = lines.get(j);
                code.append(line.startsWith(indent) ? line.substring(indent.length()) : line.strip())
                        .append('\n');
                j++;
            }
            if (j == lines.size()) {
                throw new AssertionError(where(markdown, i + 1) + ": the ```java block is never closed");
            }
            snippets.add(new DocSnippet(markdown, i + 1, code.toString()));
            i = j;
        }
        return snippets;
    }

    /** {@code README.md:12}, as a failure names a block. */
    static String where(Path file, int line) {
        return file.toString().replace('\\', '/') + ":" + line;
    }

    String where() {
        return where(file, line);
    }

    /** Whether the block has a {@code main} method, and so is run. */
    boolean runnable() {
        return MAIN.matcher(code).find();
    }

    /** Whether the block holds JUnit tests, and so is run as a test class. */
    boolean isJUnitTest() {
        return code.contains("import org.junit.jupiter.api.Test;");
    }

    /** The fully qualified name of the block's first top-level type (its public one, when it has one). */
    String mainClass() {
        Matcher packageName = PACKAGE.matcher(code);
        String prefix = packageName.find() ? packageName.group(1) + "." : "";
        return prefix + typeName().orElseThrow(() -> new AssertionError(where() + ": the block declares no class"));
    }

    private Optional<String> typeName() {
        Matcher type = TOP_TYPE.matcher(code);
        String first = null;
        while (type.find()) {
            if (type.group(1) != null) {
                return Optional.of(type.group(2));
            }
            first = first == null ? type.group(2) : first;
        }
        return Optional.ofNullable(first);
    }

    /**
     * Compiles the block alone into {@code classes} against {@code classPath}; throws an AssertionError
     * naming the file and line of the block (and of each error) when it does not compile.
     */
    void compile(String classPath, Path classes) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        String name = typeName().orElse("Snippet");
        JavaFileObject source =
                new SimpleJavaFileObject(URI.create("string:///" + name + ".java"), JavaFileObject.Kind.SOURCE) {
                    @Override
                    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                        return code;
                    }
                };
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            List<String> options =
                    List.of("-classpath", classPath, "-d", classes.toString(), "-proc:none", "-encoding", "UTF-8");
            boolean compiled = javac.getTask(null, files, diagnostics, options, null, List.of(source))
                    .call();
            if (!compiled) {
                String errors = diagnostics.getDiagnostics().stream()
                        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                        .map(d -> "  " + where(file, line + (int) d.getLineNumber()) + ": " + d.getMessage(Locale.ROOT))
                        .collect(Collectors.joining("\n"));
                throw new AssertionError("The ```java block at " + where()
                        + " does not compile as shown (a reader copies it whole: imports included, no wrapper):\n"
                        + errors);
            }
        }
    }
}
