package dev.snipgen.runtime;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringApplicationHook;
import org.springframework.boot.SpringApplicationRunListener;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Hosts many app-style Spring Boot snippets in ONE JVM, so Spring and Tomcat warm up once per run.
 *
 * <p>{@code compile DIR...}: compiles the .java files of each DIR into DIR/classes (javax.tools, the
 * project's classpath, -parameters as Spring Boot's parent pom sets it, every lint warning is an
 * error). {@code serve DIR...}: compiles, then runs
 * each DIR's {@code com.example.demo.Application.main("--server.port=0")} in its own class loader
 * (a child of the dependencies' loader), one at a time: prints the port it listens on, waits for
 * "done" on stdin, closes that application's context and goes on with the next.
 *
 * <p>Protocol lines on stdout start with "@@snipgen " (Spring's own logging goes there too):
 * {@code compiled I}, {@code ready I PORT}, {@code error I BASE64(message)}, {@code end}.
 */
public final class SpringBootHost {
  private static final String MAIN_CLASS = "com.example.demo.Application";

  private SpringBootHost() {}

  public static void main(String[] args) throws Exception {
    String mode = args[0];
    List<Path> dirs = new ArrayList<>();
    for (int i = 1; i < args.length; i++) dirs.add(Path.of(args[i]));
    boolean[] compiled = compileAll(dirs);
    if (mode.equals("serve")) {
      BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      for (int i = 0; i < dirs.size(); i++) {
        if (compiled[i]) serve(i, dirs.get(i), in);
      }
    }
    say("end");
    System.exit(0);
  }

  private static boolean[] compileAll(List<Path> dirs) throws Exception {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    boolean[] ok = new boolean[dirs.size()];
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)) {
      for (int i = 0; i < dirs.size(); i++) {
        Path dir = dirs.get(i);
        Path out = dir.resolve("classes");
        Files.createDirectories(out);
        List<File> sources;
        try (Stream<Path> s = Files.list(dir)) {
          sources = s.filter(p -> p.toString().endsWith(".java")).map(Path::toFile).toList();
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<String> options = List.of(
            "-classpath", System.getProperty("java.class.path"),
            "-d", out.toString(),
            "-encoding", "UTF-8",
            "-proc:none",
            // As spring-boot-starter-parent compiles (maven-compiler-plugin <parameters>true</parameters>):
            // @PathVariable String id finds its name from the parameter.
            "-parameters",
            "-Xlint:all,-path",
            "-Werror");
        boolean success = javac.getTask(null, files, diagnostics, options, null, files.getJavaFileObjectsFromFiles(sources)).call();
        StringBuilder message = new StringBuilder();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
          message.append(d.getKind()).append(": ")
              .append(d.getSource() == null ? "" : new File(d.getSource().getName()).getName() + ":" + d.getLineNumber() + ": ")
              .append(d.getMessage(Locale.ROOT)).append('\n');
        }
        ok[i] = success && diagnostics.getDiagnostics().isEmpty();
        if (ok[i]) say("compiled " + i);
        else say("error " + i + " " + encode("javac reported:\n" + message));
      }
    }
    return ok;
  }

  private static void serve(int index, Path dir, BufferedReader in) throws Exception {
    URL classes = dir.resolve("classes").toUri().toURL();
    ClassLoader parent = SpringBootHost.class.getClassLoader();
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    AtomicReference<ConfigurableApplicationContext> context = new AtomicReference<>();
    try (URLClassLoader loader = new URLClassLoader("case-" + index, new URL[] {classes}, parent)) {
      thread.setContextClassLoader(loader);
      try {
        Method main = loader.loadClass(MAIN_CLASS).getMethod("main", String[].class);
        // The hook sees every SpringApplication that main() runs on this thread: it keeps the context to close it later.
        SpringApplicationHook hook = app -> new SpringApplicationRunListener() {
          @Override
          public void started(ConfigurableApplicationContext ctx, java.time.Duration timeTaken) {
            context.set(ctx);
          }
        };
        SpringApplication.withHook(hook, () -> {
          try {
            main.invoke(null, (Object) new String[] {"--server.port=0"});
          } catch (InvocationTargetException e) {
            throw new IllegalStateException(e.getCause());
          } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
          }
        });
        ConfigurableApplicationContext ctx = context.get();
        if (!(ctx instanceof WebServerApplicationContext web)) {
          say("error " + index + " " + encode("main() returned without starting a web application context"));
          return;
        }
        say("ready " + index + " " + web.getWebServer().getPort());
        String line = in.readLine();
        if (line == null) System.exit(1);
      } catch (Throwable e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        say("error " + index + " " + encode("Application.main failed:\n" + trace));
      } finally {
        ConfigurableApplicationContext ctx = context.get();
        if (ctx != null) ctx.close();
        thread.setContextClassLoader(previous);
      }
    }
  }

  private static String encode(String s) {
    return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }

  private static void say(String line) {
    System.out.println("@@snipgen " + line);
    System.out.flush();
  }
}
