import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * {@code java CompileEach.java CLASSPATH DIR...}: compiles the .java files of each DIR into DIR/classes
 * in this one JVM (a javac per folder costs a JVM start each), every lint warning an error. Prints
 * {@code failed DIR} and javac's messages for each folder that does not compile; exits 1 if any.
 */
public final class CompileEach {
    private CompileEach() {}

    public static void main(String[] args) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        boolean allCompiled = true;
        try (StandardJavaFileManager fileManager = javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)) {
            for (int i = 1; i < args.length; i++) {
                Path folder = Path.of(args[i]);
                List<File> javaFiles;
                try (Stream<Path> listing = Files.list(folder)) {
                    javaFiles = listing.filter(p -> p.toString().endsWith(".java")).map(Path::toFile).toList();
                }
                List<String> flags = List.of("-encoding", "UTF-8", "-Xlint:all", "-Werror", "-proc:none", "-cp", args[0], "-d", folder.resolve("classes").toString());
                StringWriter messages = new StringWriter();
                if (!javac.getTask(messages, fileManager, null, flags, null, fileManager.getJavaFileObjectsFromFiles(javaFiles)).call()) {
                    allCompiled = false;
                    System.out.println("failed " + folder + "\n" + messages);
                }
            }
        }
        System.exit(allCompiled ? 0 : 1);
    }
}
