package dev.studyguide.preview;

import dev.studyguide.model.Diagnostic;
import dev.studyguide.pipeline.Build;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * {@code studyguide serve}: build, serve, and rebuild on every change to content or templates. A failed rebuild
 * leaves the last good site in place and shows its error in the terminal and on the open page; the next good
 * edit recovers without a restart.
 */
public final class Preview implements AutoCloseable {
  private final Build.Options options;
  private final Consumer<String> log;
  private final Build build;
  private volatile BuildState state = new BuildState(0, "");
  private PreviewServer server;
  private ContentWatcher watcher;

  public Preview(Build.Options options, Consumer<String> log) {
    this.options = options;
    this.log = log;
    this.build = new Build(line -> { });
  }

  /** Builds once, then serves on 127.0.0.1:{@code port} and watches; returns the address. */
  public String start(int port) throws IOException {
    rebuild();
    server = PreviewServer.start(options.out(), port, () -> state, reloadScript());
    watcher = new ContentWatcher(List.of(options.content(), options.templates()), this::rebuild);
    return server.url();
  }

  BuildState state() {
    return state;
  }

  synchronized void rebuild() {
    long start = System.nanoTime();
    String error;
    try {
      Build.Result result = build.run(options);
      error = result.published() ? "" : errors(result.diagnostics());
    } catch (IOException | RuntimeException e) {
      // A template or output problem: the last good site stays, the message shows until the next good edit.
      error = "build failed: " + e.getMessage();
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    if (error.isEmpty()) {
      state = new BuildState(state.version() + 1, "");
      log.accept("rebuilt in " + millis + " ms");
    } else {
      state = new BuildState(state.version(), error);
      log.accept(error + "\n(serving the last good site)");
    }
  }

  private static String errors(List<Diagnostic> diagnostics) {
    return diagnostics.stream().filter(Diagnostic::isError).map(Diagnostic::format).collect(Collectors.joining("\n"));
  }

  private static String reloadScript() {
    try (InputStream in = Preview.class.getResourceAsStream("reload.js")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("reload.js is part of the jar", e);
    }
  }

  @Override
  public void close() throws IOException {
    if (watcher != null) {
      watcher.close();
    }
    if (server != null) {
      server.close();
    }
  }
}
